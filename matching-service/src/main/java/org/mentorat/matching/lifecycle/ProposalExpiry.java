package org.mentorat.matching.lifecycle;

import java.time.Clock;
import java.time.Instant;
import org.mentorat.matching.match.Match;
import org.mentorat.matching.match.MatchQueries;
import org.mentorat.matching.match.MatchStatus;
import org.mentorat.matching.match.Matches;
import org.mentorat.matching.readmodel.ProgramClosedLocally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Expires proposals nobody answered within their program's window, and every unanswered proposal
 * of a program that closed (MatchExpired). Each expiry is a versioned update, so two instances
 * running this at once, or an answer arriving at that moment, cannot both win.
 */
@Component
public class ProposalExpiry {

    private static final Logger log = LoggerFactory.getLogger(ProposalExpiry.class);
    private static final int BATCH = 500;

    private final Matches matches;
    private final MatchQueries queries;
    private final Clock clock;

    ProposalExpiry(Matches matches, MatchQueries queries, Clock clock) {
        this.matches = matches;
        this.queries = queries;
        this.clock = clock;
    }

    void expireDueNow() {
        expireDue(clock.instant());
    }

    /** Expires every proposal due at {@code now}; returns how many. */
    public int expireDue(Instant now) {
        int expired = 0;
        while (true) {
            int batch = 0;
            for (MatchQueries.Due due : queries.dueToExpire(now, BATCH)) {
                if (matches.expireIfDue(due.tenantId(), due.matchId(), now)) {
                    log.info("tenant={} match={} expired unanswered", due.tenantId(), due.matchId());
                    batch++;
                }
            }
            expired += batch;
            if (batch == 0) {
                return expired;
            }
        }
    }

    /**
     * The read model took the closing in: the program's unanswered proposals expire now; accepted
     * matches stay (session-service completes the mentorships). A redelivery finds none left.
     */
    @EventListener
    void on(ProgramClosedLocally closed) {
        for (Match match : queries.openMatchesOfProgram(closed.tenantId(), closed.programId())) {
            if (match.status() == MatchStatus.PROPOSED
                    && matches.expireIfProposed(closed.tenantId(), match.id(), "PROGRAM_CLOSED")) {
                log.info("tenant={} program={} match={} expired: the program closed", closed.tenantId(),
                        closed.programId(), match.id());
            }
        }
    }
}
