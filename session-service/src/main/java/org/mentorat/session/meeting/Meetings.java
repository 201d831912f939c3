package org.mentorat.session.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.session.mentorship.Cadence;
import org.mentorat.session.mentorship.Mentorship;
import org.mentorat.session.mentorship.Mentorships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Loads a session the caller may see, lets it decide, and stores the outcome with its events in
 * one write. A concurrent change makes the write miss; the store then has the decision taken
 * again on the fresh state, which is safe because deciding has no side effects.
 */
@Service
public class Meetings {

    private static final Logger log = LoggerFactory.getLogger(Meetings.class);

    private final Mentorships mentorships;
    private final SessionStore store;
    private final SessionMetrics metrics;
    private final Clock clock;

    Meetings(Mentorships mentorships, SessionStore store, SessionMetrics metrics, Clock clock) {
        this.mentorships = mentorships;
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Schedules one session, or a series. A series is one document per session and there are no
     * multi-document transactions, so every session is decided before the first is written, and
     * the ids derive from the request: a retry after a partial failure re-derives the same ids,
     * skips the sessions already stored and writes the rest, never a second copy.
     */
    List<Session> schedule(Caller caller, String mentorshipId, List<SessionPlan> plans, Cadence cadence) {
        Mentorship mentorship = mentorships.visibleTo(caller, mentorshipId);
        if (plans.size() == 1) {
            Changed<Session> scheduled = Session.schedule(EventIds.next(), mentorship, plans.getFirst(), null,
                    clock.instant());
            store.insert(scheduled);
            return List.of(scheduled.state());
        }
        // the same series of the same mentorship, whoever asks again, is the same series
        String seriesId = derivedId("series", caller.tenantId(), mentorshipId,
                plans.getFirst().startsAt().toString(), cadence.name(), String.valueOf(plans.size()));
        List<Changed<Session>> series = new ArrayList<>();
        for (int index = 0; index < plans.size(); index++) {
            series.add(Session.schedule(derivedId("session", seriesId, String.valueOf(index)), mentorship,
                    plans.get(index), new SeriesPosition(seriesId, cadence, index + 1, plans.size()),
                    clock.instant()));
        }
        List<Session> sessions = new ArrayList<>();
        for (Changed<Session> session : series) {
            boolean written = store.insertOnce(session);
            sessions.add(written ? session.state() : store.find(caller.tenantId(), session.state().id()).orElseThrow());
        }
        log.info("series {} tenant={} aggregate={}: {} session(s)", seriesId, caller.tenantId(), mentorshipId,
                sessions.size());
        return sessions;
    }

    /** The mentorship sessions are scheduled in, if the caller may see it (404 otherwise). */
    Mentorship mentorship(Caller caller, String mentorshipId) {
        return mentorships.visibleTo(caller, mentorshipId);
    }

    List<Session> ofMentorship(Caller caller, String mentorshipId) {
        Mentorship mentorship = mentorships.visibleTo(caller, mentorshipId);
        return store.ofMentorship(caller.tenantId(), mentorship.id());
    }

    /** Someone else's session is reported like a missing one, for the same reason as mentorships. */
    public Session visible(Caller caller, String id) {
        return store.find(caller.tenantId(), id)
                .filter(session -> session.isVisibleTo(caller))
                .orElseThrow(() -> new ResourceNotFoundException("session", id));
    }

    /** Every session the person takes or took part in, for their calendar feed. */
    public List<Session> sessionsOf(String tenantId, String personId) {
        return store.ofParticipant(tenantId, personId);
    }

    Session reschedule(Caller caller, String id, Function<SessionPlan, SessionPlan> move) {
        return change(caller, id, session -> {
            SessionPlan moved = move.apply(session.plan());
            return session.reschedule(moved.startsAt(), moved.durationMinutes(), moved.timeZone(), clock.instant());
        });
    }

    Session cancel(Caller caller, String id, String reason) {
        return change(caller, id, session -> session.cancel(PlanValidation.blankToNull(reason), clock.instant()));
    }

    Session complete(Caller caller, String id, Completion report) {
        Session completed = change(caller, id, session -> session.complete(caller.subject(), report,
                clock.instant()));
        metrics.sessionCompleted();
        return completed;
    }

    Session markNoShow(Caller caller, String id, List<String> absentIds) {
        return change(caller, id, session -> {
            List<FieldError> strangers = absentIds.stream().filter(person -> !session.hasParticipant(person))
                    .map(person -> new FieldError("absentIds", person + " is not a participant of this session"))
                    .toList();
            if (!strangers.isEmpty()) {
                throw new InvalidRequestException(strangers);
            }
            return session.markNoShow(absentIds.stream().distinct().toList(), clock.instant());
        });
    }

    Session addNote(Caller caller, String id, String text, NoteVisibility visibility) {
        return change(caller, id, session -> session.addNote(caller.subject(), text.strip(),
                visibility == null ? NoteVisibility.PRIVATE : visibility, clock.instant()));
    }

    Feedback giveFeedback(Caller caller, String id, FeedbackRequest request) {
        Session rated = change(caller, id, session -> session.submitFeedback(EventIds.next(), caller.subject(),
                request.rating(), request.helped(), PlanValidation.blankToNull(request.comment()), clock.instant()));
        Feedback given = rated.feedbackBy(caller.subject()).orElseThrow();
        metrics.feedbackGiven(given.rating());
        return given;
    }

    /**
     * Clears what a person being erased wrote in every session they took part in (see
     * {@link Session#eraseWordsOf}); a replayed erasure changes nothing.
     *
     * @return how many sessions this call erased
     */
    public int eraseWordsOf(String tenantId, String personId, String erasureId) {
        int erased = 0;
        for (Session session : store.ofParticipant(tenantId, personId)) {
            if (!session.erasedBy(erasureId)) {
                store.decide(() -> store.find(tenantId, session.id()).orElseThrow(),
                        current -> current.eraseWordsOf(erasureId, personId, clock.instant()));
                erased++;
            }
        }
        return erased;
    }

    private Session change(Caller caller, String id, Function<Session, Changed<Session>> decision) {
        return store.decide(() -> visible(caller, id), decision);
    }

    private static String derivedId(String... parts) {
        return UUID.nameUUIDFromBytes(String.join(":", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
