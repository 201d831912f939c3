package org.mentorat.matching.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorat.matching.match.Match;
import org.mentorat.matching.match.MatchOrigin;
import org.mentorat.matching.match.Matches;
import org.mentorat.matching.match.Proposal;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.pool.CandidatePools;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.readmodel.Programs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A mentee whose mentor left waits again. In a program run by administrators (ADMIN_COHORT) they
 * are re-matched at once with the best mentor that still has a seat; in a program where mentees
 * choose, their suggestions simply show the mentors left. The new match's id derives from the
 * ended one, so a redelivered MatchEnded re-matches nobody twice.
 */
@Service
class Rematching {

    private static final Logger log = LoggerFactory.getLogger(Rematching.class);

    private final Programs programs;
    private final Candidates candidates;
    private final CandidatePools pools;
    private final Matches matches;

    Rematching(Programs programs, Candidates candidates, CandidatePools pools, Matches matches) {
        this.programs = programs;
        this.candidates = candidates;
        this.pools = pools;
        this.matches = matches;
    }

    void afterMentorLeft(String tenantId, Match ended) {
        Optional<Program> program = programs.find(tenantId, ended.programId());
        if (program.isEmpty() || program.get().closed() || program.get().menteesChoose()
                || program.get().peer()) {
            return;
        }
        Optional<Mentee> mentee = candidates.mentee(tenantId, ended.menteeEnrollmentId()).filter(Mentee::waiting);
        if (mentee.isEmpty()) {
            return;
        }
        CandidatePool pool = pools.forMentees(tenantId, program.get(), List.of(mentee.get()));
        String matchId = UUID.nameUUIDFromBytes(("rematch:" + tenantId + ":" + ended.id())
                .getBytes(StandardCharsets.UTF_8)).toString();
        for (CandidatePool.Ranked best : pool.top(mentee.get(), 10)) {
            var outcome = matches.propose(tenantId, new Proposal(matchId, best.mentor(), mentee.get(), best.scored(),
                    MatchOrigin.REMATCH, false, false, null, program.get().proposalWindow()));
            if (outcome.made()) {
                log.info("tenant={} match={} rematched mentee={} after match={} ended", tenantId, matchId,
                        ended.menteeId(), ended.id());
                return;
            }
        }
        log.info("tenant={} mentee={} waits: no mentor with a free seat after match={} ended", tenantId,
                ended.menteeId(), ended.id());
    }
}
