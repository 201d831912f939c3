package org.mentorat.matching.proposal;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.mentorat.matching.match.Matches;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.springframework.stereotype.Service;

/**
 * Proposes the best mentor with a free seat to a waiting mentee. Safe to repeat after a crash at
 * any step: the match id derives from the mentee's enrolment, a seat is reserved for that
 * enrolment at most once, and a mentor already holding the reservation is reused.
 */
@Service
public class Proposals {

    private final Candidates candidates;
    private final Matches matches;

    Proposals(Candidates candidates, Matches matches) {
        this.candidates = candidates;
        this.matches = matches;
    }

    public void proposeForWaitingMentees(String tenantId, String programId) {
        candidates.waitingMentees(tenantId, programId).forEach(mentee -> proposeFor(tenantId, mentee));
    }

    public void proposeFor(String tenantId, Mentee mentee) {
        String matchId = matchIdFor(tenantId, mentee.enrollmentId());
        if (matches.exists(tenantId, matchId)) {
            candidates.markProposed(tenantId, mentee.enrollmentId());
            return;
        }
        Optional<Mentor> mentor = candidates.mentorReservedFor(tenantId, mentee.enrollmentId())
                .or(() -> reserveBest(tenantId, mentee));
        mentor.ifPresent(chosen -> {
            PairScore score = PairScore.of(chosen, mentee);
            matches.proposeOnce(tenantId, matchId, chosen.programId(), chosen.personId(), mentee.personId(),
                    score.value(), score.reasons());
            candidates.markProposed(tenantId, mentee.enrollmentId());
        });
    }

    private Optional<Mentor> reserveBest(String tenantId, Mentee mentee) {
        return candidates.mentorsWithSeats(tenantId, mentee.programId()).stream()
                .filter(mentor -> !mentor.personId().equals(mentee.personId()))
                .sorted(Comparator.comparingDouble((Mentor mentor) -> PairScore.of(mentor, mentee).value()).reversed())
                .filter(mentor -> candidates.reserveSeat(tenantId, mentor.enrollmentId(), mentee.enrollmentId()))
                .findFirst();
    }

    static String matchIdFor(String tenantId, String menteeEnrollmentId) {
        return UUID.nameUUIDFromBytes(("match:" + tenantId + ":" + menteeEnrollmentId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
