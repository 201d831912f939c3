package org.mentorat.session.health;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.mentorat.events.session.MentorshipStalled;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;

/**
 * What the program's health needs to know about one mentorship, projected from session-events:
 * its status, when it was last active, whether it is stalled, and its share of the program's
 * figures. It remembers the last sequence applied per source aggregate, so a replayed event
 * changes nothing, and it holds the report increments not yet taken in by the program's report
 * ({@code pending}), so that a crash between the two writes neither loses nor repeats one.
 *
 * <p>It is also the aggregate that decides a stall: the flag and its MentorshipStalled are
 * stored in one write, through this document's outbox.
 *
 * @param quietSince since when nothing happened: the last session, else the start or the last resumption
 */
public record MentorshipActivity(
        String id,
        String tenantId,
        String programId,
        String mentorId,
        List<String> menteeIds,
        ActivityStatus status,
        Instant startedAt,
        Instant quietSince,
        Instant firstSessionAt,
        Instant lastSessionAt,
        boolean stalled,
        List<MonthTally> months,
        Tallies tallies,
        List<SourceSequence> applied,
        List<PendingDelta> pending,
        long version) implements Aggregate {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    public MentorshipActivity {
        menteeIds = menteeIds == null ? List.of() : List.copyOf(menteeIds);
        months = months == null ? List.of() : List.copyOf(months);
        tallies = tallies == null ? Tallies.NONE : tallies;
        applied = applied == null ? List.of() : List.copyOf(applied);
        pending = pending == null ? List.of() : List.copyOf(pending);
    }

    /** A mentorship heard of before its start (events of different aggregates may overtake each other). */
    static MentorshipActivity unknown(String tenantId, String id, String programId) {
        return new MentorshipActivity(id, tenantId, programId, null, List.of(), null, null, null, null, null, false,
                List.of(), Tallies.NONE, List.of(), List.of(), 0);
    }

    boolean hasApplied(String source, long sequence) {
        return applied.stream().anyMatch(seen -> seen.source().equals(source) && seen.sequence() >= sequence);
    }

    boolean isStalled() {
        return status == ActivityStatus.ACTIVE && stalled;
    }

    /**
     * Applies one event's effect once: the source's sequence is remembered and the change in the
     * program's figures is queued in {@code pending} under the event's id.
     */
    Changed<MentorshipActivity> apply(String eventId, String source, long sequence, Instant now,
            UnaryOperator<MentorshipActivity> effect) {
        MentorshipActivity after = effect.apply(this);
        List<SourceSequence> sources = new ArrayList<>(after.applied.stream()
                .filter(seen -> !seen.source().equals(source)).toList());
        sources.add(new SourceSequence(source, sequence));
        return Changed.of(after.withBookkeeping(sources, queued(after, eventId, now)));
    }

    /** Flags a quiet active mentorship as stalled, once per stall; anything else changes nothing. */
    Changed<MentorshipActivity> stall(String deltaId, int thresholdDays, Instant now) {
        if (!canStall(now.minusSeconds(thresholdDays * 86_400L))) {
            return Changed.of(this);
        }
        MentorshipActivity after = with(status, quietSince, firstSessionAt, lastSessionAt, true, months, tallies);
        return Changed.of(after.withBookkeeping(applied, queued(after, deltaId, now)), new MentorshipStalled(id,
                programId, mentorId, menteeIds, lastSessionAt, thresholdDays, now));
    }

    boolean canStall(Instant quietBefore) {
        return status == ActivityStatus.ACTIVE && !stalled && quietSince != null && quietSince.isBefore(quietBefore);
    }

    /** In a GROUP program each mentee joining is announced with the same mentorship id: counted once. */
    MentorshipActivity started(String mentor, String menteeId, Instant at) {
        List<String> mentees = Stream.concat(menteeIds.stream(), Stream.of(menteeId)).distinct().toList();
        boolean first = status == null;
        Instant start = startedAt == null || at.isBefore(startedAt) ? at : startedAt;
        return new MentorshipActivity(id, tenantId, programId, mentor, mentees, first ? ActivityStatus.ACTIVE : status,
                start, lastSessionAt != null ? lastSessionAt : start, firstSessionAt, lastSessionAt, stalled, months,
                tallies, applied, pending, version);
    }

    MentorshipActivity paused() {
        return with(ActivityStatus.PAUSED, quietSince, firstSessionAt, lastSessionAt, false, months, tallies);
    }

    /** A resumed mentorship is quiet from the day it resumed, not from before its pause. */
    MentorshipActivity resumed(Instant at) {
        return with(ActivityStatus.ACTIVE, latest(quietSince, at), firstSessionAt, lastSessionAt, false, months,
                tallies);
    }

    MentorshipActivity ended(ActivityStatus end) {
        return with(end, quietSince, firstSessionAt, lastSessionAt, false, months, tallies);
    }

    /** A session held clears a stall, so that a later quiet period is reported again. */
    MentorshipActivity sessionHeld(Instant at, int minutes) {
        String month = MONTH.format(at);
        List<MonthTally> tallied = new ArrayList<>(months.stream().filter(tally -> !tally.month().equals(month))
                .toList());
        tallied.add(months.stream().filter(tally -> tally.month().equals(month)).findFirst()
                .orElse(new MonthTally(month, 0, 0)).plus(minutes));
        Instant first = firstSessionAt == null || at.isBefore(firstSessionAt) ? at : firstSessionAt;
        Instant last = latest(lastSessionAt, at);
        return with(status, latest(quietSince, at), first, last, false, tallied, tallies);
    }

    MentorshipActivity tallied(UnaryOperator<Tallies> count) {
        return with(status, quietSince, firstSessionAt, lastSessionAt, stalled, months, count.apply(tallies));
    }

    /** The delta queued under this id, if the program's report has not taken it in yet. */
    java.util.Optional<PendingDelta> pendingDelta(String deltaId) {
        return pending.stream().filter(delta -> delta.eventId().equals(deltaId)).findFirst();
    }

    /** This state as the store holds it once written at {@code storedVersion}. */
    MentorshipActivity atVersion(long storedVersion) {
        return new MentorshipActivity(id, tenantId, programId, mentorId, menteeIds, status, startedAt, quietSince,
                firstSessionAt, lastSessionAt, stalled, months, tallies, applied, pending, storedVersion);
    }

    /** This state once the report has taken the delta in and it was let go (which raises the version). */
    MentorshipActivity released(String deltaId) {
        return withBookkeeping(applied, pending.stream().filter(delta -> !delta.eventId().equals(deltaId)).toList())
                .atVersion(version + 1);
    }

    private List<PendingDelta> queued(MentorshipActivity after, String eventId, Instant now) {
        List<Increment> increments = Contribution.between(this, after);
        if (increments.isEmpty()) {
            return after.pending;
        }
        List<PendingDelta> queue = new ArrayList<>(after.pending);
        queue.add(new PendingDelta(eventId, increments, now));
        return queue;
    }

    private MentorshipActivity with(ActivityStatus newStatus, Instant newQuietSince, Instant newFirst,
            Instant newLast, boolean newStalled, List<MonthTally> newMonths, Tallies newTallies) {
        return new MentorshipActivity(id, tenantId, programId, mentorId, menteeIds, newStatus, startedAt,
                newQuietSince, newFirst, newLast, newStalled, newMonths, newTallies, applied, pending, version);
    }

    private MentorshipActivity withBookkeeping(List<SourceSequence> newApplied, List<PendingDelta> newPending) {
        return new MentorshipActivity(id, tenantId, programId, mentorId, menteeIds, status, startedAt, quietSince,
                firstSessionAt, lastSessionAt, stalled, months, tallies, newApplied, newPending, version);
    }

    private static Instant latest(Instant one, Instant other) {
        return one == null || other.isAfter(one) ? other : one;
    }
}
