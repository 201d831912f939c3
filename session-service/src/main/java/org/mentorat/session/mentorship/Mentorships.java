package org.mentorat.session.mentorship;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The mentorships a caller may see, and what they may do with them: load, let the mentorship
 * decide, store state and events in one write. Someone else's mentorship is reported exactly like
 * a missing one (404, not 403): who mentors whom is personal, and an id should not confirm that a
 * pairing exists to a colleague who is not part of it.
 */
@Service
public class Mentorships {

    private final MentorshipStore store;
    private final Clock clock;

    Mentorships(MentorshipStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Mentorship visibleTo(Caller caller, String id) {
        return store.find(caller.tenantId(), id)
                .filter(mentorship -> mentorship.isVisibleTo(caller))
                .orElseThrow(() -> new ResourceNotFoundException("mentorship", id));
    }

    MentorshipPage search(Caller caller, MentorshipSearch search) {
        return new MentorshipPage(
                store.search(caller.tenantId(), search).stream()
                        .map(mentorship -> MentorshipResponse.of(mentorship, caller)).toList(),
                search.page(), search.size(), store.count(caller.tenantId(), search));
    }

    Mentorship pause(Caller caller, String id, PauseRequest request) {
        return change(caller, id, mentorship -> mentorship.pause(request.resumeOn(), request.reasonText(), now()));
    }

    Mentorship resume(Caller caller, String id) {
        return change(caller, id, mentorship -> mentorship.resume(now()));
    }

    /**
     * An administrator ends it for everyone; a participant ends it too, except a mentee of a group
     * that goes on without them.
     */
    Mentorship end(Caller caller, String id, EndRequest request) {
        return change(caller, id, mentorship -> mentorship.hasParticipant(caller.subject())
                ? mentorship.leave(caller.subject(), "ENDED_BY_PARTICIPANT", request.reasonText(), caller.subject(),
                        now())
                : mentorship.end("ENDED_BY_ADMIN", request.reasonText(), caller.subject(), now()));
    }

    Mentorship agree(Caller caller, String id, AgreementRequest request) {
        return change(caller, id, mentorship -> {
            requireParticipant(caller, mentorship, "Only the mentorship's participants state its agreement.");
            return mentorship.agree(request.sideOf(caller.subject(), now()));
        });
    }

    ClosingSurvey submitSurvey(Caller caller, String id, SurveyRequest request) {
        Mentorship answered = change(caller, id, mentorship -> {
            requireParticipant(caller, mentorship, "Only the mentorship's participants answer its closing survey.");
            return mentorship.submitSurvey(request.surveyOf(EventIds.next(), caller.subject(), now()));
        });
        return answered.surveyOf(caller.subject()).orElseThrow();
    }

    /**
     * Clears what a person being erased wrote in every mentorship they took part in (see
     * {@link Mentorship#withoutWordsOf}); a mentorship with nothing left to clear is not written,
     * so a replayed erasure changes nothing.
     *
     * @return how many mentorships this call changed
     */
    public int eraseWordsOf(String tenantId, String personId) {
        int erased = 0;
        int page = 0;
        for (var batch = store.writtenInBy(tenantId, personId, 0, 100); !batch.isEmpty();
                batch = store.writtenInBy(tenantId, personId, ++page * 100, 100)) {
            for (Mentorship mentorship : batch) {
                if (store.decideIfChanging(tenantId, mentorship.id(),
                        current -> Changed.of(current.withoutWordsOf(personId))).isPresent()) {
                    erased++;
                }
            }
        }
        return erased;
    }

    private Mentorship change(Caller caller, String id, Function<Mentorship, Changed<Mentorship>> decision) {
        return store.decide(() -> visibleTo(caller, id), decision).state();
    }

    private static void requireParticipant(Caller caller, Mentorship mentorship, String message) {
        if (!mentorship.hasParticipant(caller.subject())) {
            throw new ForbiddenException(message);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
