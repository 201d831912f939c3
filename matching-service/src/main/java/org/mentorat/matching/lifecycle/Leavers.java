package org.mentorat.matching.lifecycle;

import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.matching.match.Match;
import org.mentorat.matching.match.MatchQueries;
import org.mentorat.matching.match.Matches;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Service;

/**
 * Someone who leaves the company or a program is offered nowhere again and their open matches end
 * (MatchEnded). What happens to the other side follows from that event ({@link Rematching}), so a
 * crash after ending one match and before the next is finished by the redelivered event.
 */
@Service
public class Leavers {

    private final Candidates candidates;
    private final Matches matches;
    private final MatchQueries queries;

    Leavers(Candidates candidates, Matches matches, MatchQueries queries) {
        this.candidates = candidates;
        this.matches = matches;
        this.queries = queries;
    }

    public void personLeft(ProfileDeactivated deactivation, IncomingEvent event) {
        left(event.tenantId(), deactivation.personId());
    }

    /** Also for an erased person: whoever they were paired with is freed and, if it was their mentor, re-matched. */
    public void left(String tenantId, String personId) {
        candidates.personLeft(tenantId, personId);
        for (Match match : queries.openMatchesOf(tenantId, personId)) {
            matches.endIfOpen(tenantId, match.id(), match.mentorId().equals(personId) ? "MENTOR_LEFT" : "MENTEE_LEFT");
        }
    }

    public void withdrew(EnrollmentWithdrawn withdrawal, IncomingEvent event) {
        String tenantId = event.tenantId();
        candidates.withdraw(withdrawal, event);
        for (Match match : queries.openMatchesOfEnrollment(tenantId, withdrawal.enrollmentId())) {
            matches.endIfOpen(tenantId, match.id(), match.mentorEnrollmentId().equals(withdrawal.enrollmentId())
                    ? "MENTOR_WITHDREW" : "MENTEE_WITHDREW");
        }
    }
}
