package org.mentorat.matching.match;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mentorat.matching.readmodel.SeatLedger;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Stores matches and runs their decisions. A proposal first claims the mentee, then a seat, then
 * stores the match with MatchProposed; each step is conditional and keyed by the match id, so a
 * race for the last seat has one winner and a retry finds what the first attempt did.
 */
@Service
public class Matches {

    private static final int ATTEMPTS = 5;
    private static final int STALE_BATCH = 500;

    private final MatchStore store;
    private final SeatLedger ledger;
    private final MatchClosure closure;
    private final MatchMetrics metrics;
    private final Clock clock;

    Matches(MatchStore store, SeatLedger ledger, MatchClosure closure,
            MatchMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.store = store;
        this.ledger = ledger;
        this.closure = closure;
        this.clock = clock;
    }

    /**
     * Stores the match as PENDING, claims the mentee, then a seat, and only then turns it PROPOSED
     * with MatchProposed. A crash part-way leaves a PENDING match that announced nothing; the
     * reconciler gives back whatever it had claimed ({@link #abandonStalePending}).
     */
    public ProposalOutcome propose(String tenantId, Proposal proposal) {
        Optional<Match> existing = find(tenantId, proposal.matchId());
        if (existing.isPresent() && existing.get().status() != MatchStatus.PENDING) {
            return new ProposalOutcome(ProposalOutcome.Result.ALREADY_PROPOSED, existing.get());
        }
        Match pending = existing.orElseGet(() -> Match.proposed(tenantId, proposal, clock.instant()).pending());
        if (existing.isEmpty()) {
            store.insertPending(pending);
        }
        if (!ledger.claimMentee(tenantId, proposal.mentee().enrollmentId(), pending.id())) {
            abandon(tenantId, pending);
            return new ProposalOutcome(ProposalOutcome.Result.MENTEE_TAKEN, null);
        }
        boolean otherSide = proposal.peer()
                ? ledger.claimMentee(tenantId, proposal.mentor().enrollmentId(), pending.id())
                : ledger.reserveSeat(tenantId, proposal.mentor().enrollmentId(), pending.id(), pending.proposedAt());
        if (!otherSide) {
            abandon(tenantId, pending);
            return new ProposalOutcome(ProposalOutcome.Result.NO_SEAT, null);
        }
        Match stored = find(tenantId, pending.id()).orElseThrow();
        if (stored.status() != MatchStatus.PENDING) {
            return new ProposalOutcome(ProposalOutcome.Result.PROPOSED, stored);
        }
        Match proposed = stored.promoted();
        if (store.store(Changed.of(proposed, proposed.proposalEvents()))) {
            metrics.proposed(proposed);
        }
        return new ProposalOutcome(ProposalOutcome.Result.PROPOSED, proposed);
    }

    /** Gives back what PENDING matches older than {@code before} had claimed, and forgets them. */
    public int abandonStalePending(Instant before) {
        int abandoned = 0;
        for (Match pending : store.pendingSince(before, STALE_BATCH)) {
            abandon(pending.tenantId(), pending);
            abandoned++;
        }
        return abandoned;
    }

    private void abandon(String tenantId, Match pending) {
        closure.giveBackClaims(tenantId, pending);
        store.deleteIfPending(tenantId, pending.id());
    }

    public Optional<Match> find(String tenantId, String matchId) {
        return store.find(tenantId, matchId);
    }

    public Match get(Caller caller, String matchId) {
        Match match = find(caller.tenantId(), matchId).orElseThrow(() -> new ResourceNotFoundException("match", matchId));
        if (!caller.isAdmin() && !match.involves(caller.subject())) {
            throw new ResourceNotFoundException("match", matchId);
        }
        return match;
    }

    Match accept(Caller caller, String matchId) {
        return decide(caller.tenantId(), matchId, () -> get(caller, matchId),
                current -> current.accept(caller, clock.instant()));
    }

    Match decline(Caller caller, String matchId, DeclineReason reason) {
        return decide(caller.tenantId(), matchId, () -> get(caller, matchId),
                current -> current.decline(caller, reason, clock.instant()));
    }

    /** Expires the match if it is still unanswered at {@code now}; false if it changed meanwhile. */
    public boolean expireIfDue(String tenantId, String matchId, Instant now) {
        Match current = find(tenantId, matchId).orElse(null);
        if (current == null || !current.dueToExpire(now)) {
            return false;
        }
        return store(tenantId, current, current.expire(now));
    }

    /** Ends an open match because one side left; a closed one stays as it is. */
    public void endIfOpen(String tenantId, String matchId, String reason) {
        closeWhile(tenantId, matchId, current -> current.status().open(),
                current -> current.end(reason, clock.instant()));
    }

    /**
     * Expires the match now if it is still unanswered, whatever its window ({@code reason}, say
     * PROGRAM_CLOSED); false if it is not (any more) a proposal, so a second call publishes nothing.
     */
    public boolean expireIfProposed(String tenantId, String matchId, String reason) {
        return closeWhile(tenantId, matchId, current -> current.status() == MatchStatus.PROPOSED,
                current -> current.expire(clock.instant(), reason));
    }

    /** Applies {@code close} while the match is {@code still} so; retries on a concurrent change. */
    private boolean closeWhile(String tenantId, String matchId, Predicate<Match> still,
            Function<Match, Changed<Match>> close) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Match current = find(tenantId, matchId).orElse(null);
            if (current == null || !still.test(current)) {
                return false;
            }
            if (store(tenantId, current, close.apply(current))) {
                return true;
            }
        }
        throw new ConflictException("concurrent-change", "Match " + matchId + " kept changing; try again.");
    }

    /** Retries on a concurrent change, such as the other side answering at the same moment. */
    private Match decide(String tenantId, String matchId, java.util.function.Supplier<Match> load,
            Function<Match, Changed<Match>> decision) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Match current = load.get();
            Changed<Match> next = decision.apply(current);
            if (store(tenantId, current, next)) {
                return next.state();
            }
        }
        throw new ConflictException("concurrent-change", "Match " + matchId + " changed meanwhile; try again.");
    }

    private boolean store(String tenantId, Match current, Changed<Match> decision) {
        Match next = decision.state();
        boolean stored = store.store(decision);
        if (stored) {
            closure.release(tenantId, next);
            metrics.changed(next);
        }
        return stored;
    }
}
