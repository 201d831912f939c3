package org.mentorat.matching.lifecycle;

import org.mentorat.matching.match.Match;
import org.mentorat.matching.match.MatchQueries;
import org.mentorat.matching.match.Matches;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.EnrollmentWithdrawnLocally;
import org.mentorat.matching.readmodel.PersonLeft;
import org.springframework.context.event.EventListener;
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

    /** The read model took the departure in; their open matches end. */
    @EventListener
    void on(PersonLeft left) {
        endOpenMatches(left.tenantId(), left.personId());
    }

    /** Also for an erased person: whoever they were paired with is freed and, if it was their mentor, re-matched. */
    public void left(String tenantId, String personId) {
        candidates.personLeft(tenantId, personId);
        endOpenMatches(tenantId, personId);
    }

    private void endOpenMatches(String tenantId, String personId) {
        for (Match match : queries.openMatchesOf(tenantId, personId)) {
            matches.endIfOpen(tenantId, match.id(), match.mentorId().equals(personId) ? "MENTOR_LEFT" : "MENTEE_LEFT");
        }
    }

    /** The read model took the withdrawal in; the enrolment's open matches end. */
    @EventListener
    void on(EnrollmentWithdrawnLocally withdrawal) {
        String tenantId = withdrawal.tenantId();
        for (Match match : queries.openMatchesOfEnrollment(tenantId, withdrawal.enrollmentId())) {
            matches.endIfOpen(tenantId, match.id(), match.mentorEnrollmentId().equals(withdrawal.enrollmentId())
                    ? "MENTOR_WITHDREW" : "MENTEE_WITHDREW");
        }
    }
}
