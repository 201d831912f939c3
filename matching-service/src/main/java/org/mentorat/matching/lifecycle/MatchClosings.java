package org.mentorat.matching.lifecycle;

import org.mentorat.events.matching.MatchDeclined;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.matching.MatchExpired;
import org.mentorat.matching.match.MatchClosure;
import org.mentorat.matching.match.Matches;
import org.mentorat.matching.readmodel.CandidatesChanged;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Matching's own events come back to finish what closing a match started: give the seat and the
 * mentee back (already done right after the close, unless the service crashed in between) and,
 * when a mentor left, re-match their mentee. A seat given back may put a mentor back on someone's
 * shortlist, hence {@link CandidatesChanged}.
 */
@Service
class MatchClosings {

    private final Matches matches;
    private final MatchClosure closure;
    private final Rematching rematching;
    private final ApplicationEventPublisher publisher;

    MatchClosings(Matches matches, MatchClosure closure, Rematching rematching, ApplicationEventPublisher publisher) {
        this.matches = matches;
        this.closure = closure;
        this.rematching = rematching;
        this.publisher = publisher;
    }

    void declined(MatchDeclined declined, IncomingEvent event) {
        release(event, declined.matchId());
    }

    void expired(MatchExpired expired, IncomingEvent event) {
        release(event, expired.matchId());
    }

    void ended(MatchEnded ended, IncomingEvent event) {
        release(event, ended.matchId());
        if (ended.reason().startsWith("MENTOR_")) {
            matches.find(event.tenantId(), ended.matchId())
                    .ifPresent(match -> rematching.afterMentorLeft(event.tenantId(), match));
        }
    }

    private void release(IncomingEvent event, String matchId) {
        matches.find(event.tenantId(), matchId).ifPresent(match -> closure.release(event.tenantId(), match));
        publisher.publishEvent(new CandidatesChanged(event.tenantId()));
    }
}
