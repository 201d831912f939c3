package org.mentorat.session.meeting;

import java.time.Clock;
import java.util.function.Function;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.session.mentorship.Mentorships;
import org.springframework.stereotype.Service;

/**
 * Loads a session the caller may see, lets it decide, and stores the outcome with its events in
 * one write. A concurrent change makes the write miss; the store then has the decision taken
 * again on the fresh state, which is safe because deciding has no side effects.
 */
@Service
public class Meetings {

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

    Session schedule(Caller caller, String mentorshipId, SessionPlan plan) {
        Changed<Session> scheduled = Session.schedule(EventIds.next(), mentorships.visibleTo(caller, mentorshipId),
                plan);
        store.insert(scheduled);
        return scheduled.state();
    }

    /** Someone else's session is reported like a missing one, for the same reason as mentorships. */
    Session visible(Caller caller, String id) {
        return store.find(caller.tenantId(), id)
                .filter(session -> session.isVisibleTo(caller))
                .orElseThrow(() -> new ResourceNotFoundException("session", id));
    }

    Session complete(Caller caller, String id) {
        Session completed = change(caller, id, session -> session.complete(clock.instant()));
        metrics.sessionCompleted();
        return completed;
    }

    Session cancel(Caller caller, String id) {
        return change(caller, id, session -> session.cancel(clock.instant()));
    }

    Feedback giveFeedback(Caller caller, String id, FeedbackRequest request) {
        Session rated = change(caller, id, session -> session.submitFeedback(EventIds.next(), caller.subject(),
                request.rating(), blankToNull(request.comment()), clock.instant()));
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
