package org.mentorat.matching.match;

import org.mentorat.matching.readmodel.PairHistories;
import org.mentorat.matching.readmodel.SeatLedger;
import org.springframework.stereotype.Component;

/**
 * What a closed match gives back: the mentor's seat (or the peer's claim) and the mentee, who waits
 * again; a declined or ended pair is remembered so it is not proposed again. Run right after the
 * close and again when its event comes back from the broker, so a crash in between loses nothing;
 * every step is keyed by the match id and changes nothing the second time.
 */
@Component
public class MatchClosure {

    private final SeatLedger ledger;
    private final PairHistories histories;

    MatchClosure(SeatLedger ledger, PairHistories histories) {
        this.ledger = ledger;
        this.histories = histories;
    }

    public void release(String tenantId, Match match) {
        if (match.status().open()) {
            return;
        }
        giveBackClaims(tenantId, match);
        if (match.status() == MatchStatus.DECLINED || match.status() == MatchStatus.ENDED) {
            histories.declinedOrEnded(tenantId, match.mentorId(), match.menteeId());
        }
    }

    /** The seat (or the peer) and the mentee this match held, keyed by its id; a no-op for what it never held. */
    void giveBackClaims(String tenantId, Match match) {
        if (match.peer()) {
            ledger.releaseMentee(tenantId, match.mentorEnrollmentId(), match.id());
        } else {
            ledger.releaseSeat(tenantId, match.mentorEnrollmentId(), match.id());
        }
        ledger.releaseMentee(tenantId, match.menteeEnrollmentId(), match.id());
    }
}
