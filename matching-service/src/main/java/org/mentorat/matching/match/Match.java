package org.mentorat.matching.match;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchDeclined;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.matching.MatchExpired;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ForbiddenException;

/**
 * A proposed pairing and its life: both people accept (an administrator may accept for either),
 * one declines, nobody answers in time and it expires, or it ends because one side left. Each
 * decision returns the next state with the events it caused; the store keeps both in one write.
 */
public record Match(
        String id,
        String tenantId,
        String programId,
        String mentorId,
        String menteeId,
        String mentorEnrollmentId,
        String menteeEnrollmentId,
        boolean peer,
        MatchOrigin origin,
        String runId,
        ScoredPair explanation,
        MatchStatus status,
        boolean mentorAccepted,
        boolean menteeAccepted,
        Instant proposedAt,
        Instant expiresAt,
        Instant closedAt,
        String closedReason,
        long version) implements Aggregate {

    static Match proposed(String tenantId, Proposal p, Instant at) {
        return new Match(p.matchId(), tenantId, p.mentee().programId(), p.mentor().personId(), p.mentee().personId(),
                p.mentor().enrollmentId(), p.mentee().enrollmentId(), p.peer(), p.origin(), p.runId(), p.scored(),
                MatchStatus.PROPOSED, false, p.menteeAccepted(), at, at.plus(p.window()), null, null, 0);
    }

    Match pending() {
        return with(MatchStatus.PENDING, mentorAccepted, menteeAccepted, null, null);
    }

    Match promoted() {
        return with(MatchStatus.PROPOSED, mentorAccepted, menteeAccepted, null, null);
    }

    public double score() {
        return explanation.score();
    }

    public List<String> reasonCodes() {
        return explanation.reasons().stream().map(reason -> reason.code().name()).distinct().toList();
    }

    List<DomainEvent> proposalEvents() {
        return List.of(new MatchProposed(id, programId, mentorId, menteeId, score(), reasonCodes(), proposedAt));
    }

    public boolean involves(String personId) {
        return mentorId.equals(personId) || menteeId.equals(personId);
    }

    Changed<Match> accept(Caller caller, Instant at) {
        requireProposed();
        requireParticipantOrAdmin(caller);
        boolean mentorNow = mentorAccepted || caller.isAdmin() || mentorId.equals(caller.subject());
        boolean menteeNow = menteeAccepted || caller.isAdmin() || menteeId.equals(caller.subject());
        boolean both = mentorNow && menteeNow;
        Match next = with(both ? MatchStatus.ACCEPTED : MatchStatus.PROPOSED, mentorNow, menteeNow, null, null);
        return both ? Changed.of(next, new MatchAccepted(id, programId, mentorId, menteeId, at)) : Changed.of(next);
    }

    Changed<Match> decline(Caller caller, DeclineReason reason, Instant at) {
        requireProposed();
        requireParticipantOrAdmin(caller);
        String side = mentorId.equals(caller.subject()) ? "MENTOR"
                : menteeId.equals(caller.subject()) ? "MENTEE" : "ADMIN";
        Match next = with(MatchStatus.DECLINED, mentorAccepted, menteeAccepted, at, side);
        return Changed.of(next, new MatchDeclined(id, programId, mentorId, menteeId, side,
                reason == null ? null : reason.name(), at));
    }

    boolean dueToExpire(Instant now) {
        return status == MatchStatus.PROPOSED && !expiresAt.isAfter(now);
    }

    Changed<Match> expire(Instant at) {
        return expire(at, "NO_ANSWER");
    }

    /**
     * Expires an unanswered proposal before its window ends ({@code reason} PROGRAM_CLOSED); the
     * flags say who had accepted, as for a lapsed window.
     */
    Changed<Match> expire(Instant at, String reason) {
        requireProposed();
        Match next = with(MatchStatus.EXPIRED, mentorAccepted, menteeAccepted, at, reason);
        return Changed.of(next, new MatchExpired(id, programId, mentorId, menteeId, mentorAccepted,
                menteeAccepted, proposedAt, at));
    }

    /** Ends an open match because one side left; {@code reason} is MENTOR_LEFT, MENTEE_WITHDREW, … */
    Changed<Match> end(String reason, Instant at) {
        if (!status.open()) {
            throw new ConflictException("match-not-open", "Match " + id + " is " + status + ".");
        }
        Match next = with(MatchStatus.ENDED, mentorAccepted, menteeAccepted, at, reason);
        return Changed.of(next, new MatchEnded(id, programId, mentorId, menteeId, reason, status.name(), at));
    }

    private void requireProposed() {
        if (status != MatchStatus.PROPOSED) {
            throw new ConflictException("match-not-open", "Match " + id + " is " + status + ", not PROPOSED.");
        }
    }

    private void requireParticipantOrAdmin(Caller caller) {
        if (!caller.isAdmin() && !involves(caller.subject())) {
            throw new ForbiddenException("Only the mentor, the mentee or an administrator may answer this match.");
        }
    }

    private Match with(MatchStatus nextStatus, boolean mentorNow, boolean menteeNow, Instant closed, String reason) {
        return new Match(id, tenantId, programId, mentorId, menteeId, mentorEnrollmentId, menteeEnrollmentId, peer,
                origin, runId, explanation, nextStatus, mentorNow, menteeNow, proposedAt, expiresAt, closed, reason,
                version);
    }

}
