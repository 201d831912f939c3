package org.mentorat.matching.scoring.fit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mentorat.matching.scoring.vocabulary.Slot;

/**
 * Weekly slots as merged intervals of UTC minutes since Monday 00:00 UTC, so that two people in
 * different time zones can be compared on one clock.
 *
 * <p>A time zone's offset depends on the date (daylight saving time), and a weekly slot has none.
 * We place every slot in one fixed reference week, the week of Monday 13 January 2025, and use the
 * offsets in force then: Europe and North America are both on standard time, so Paris is UTC+1 and
 * New York UTC−5. For the few weeks a year when only one side has changed clocks, the computed
 * overlap is off by an hour; a fixed week keeps scores stable and reproducible instead of shifting
 * with the day the matching runs.
 */
public final class WeekMinutes {

    static final int WEEK = 7 * 24 * 60;
    private static final LocalDate REFERENCE_MONDAY = LocalDate.of(2025, 1, 13);
    private static final Instant REFERENCE_START = REFERENCE_MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant();

    /**
     * Sorted, non-overlapping {@code [from, to)} intervals within {@code [0, WEEK)}, flattened as
     * {@code from0, to0, from1, to1, ...} so that overlapping two of them allocates nothing (the
     * mentor ranking compares one mentee with thousands of prepared mentors).
     */
    private final int[] bounds;
    private final int total;

    private WeekMinutes(List<int[]> intervals) {
        this.bounds = new int[intervals.size() * 2];
        int sum = 0;
        for (int i = 0; i < intervals.size(); i++) {
            bounds[2 * i] = intervals.get(i)[0];
            bounds[2 * i + 1] = intervals.get(i)[1];
            sum += intervals.get(i)[1] - intervals.get(i)[0];
        }
        this.total = sum;
    }

    public static WeekMinutes of(List<Slot> slots, ZoneId zone) {
        List<int[]> raw = new ArrayList<>();
        for (Slot slot : slots) {
            LocalDate date = REFERENCE_MONDAY.with(TemporalAdjusters.nextOrSame(slot.day()));
            Instant start = ZonedDateTime.of(date, slot.start(), zone).toInstant();
            int from = Math.floorMod(ChronoUnit.MINUTES.between(REFERENCE_START, start), WEEK);
            addWrapping(raw, from, from + slot.minutes());
        }
        return new WeekMinutes(merge(raw));
    }

    /** A slot that runs past Sunday midnight UTC continues at the start of the week. */
    private static void addWrapping(List<int[]> raw, int from, int to) {
        if (to <= WEEK) {
            raw.add(new int[] {from, to});
        } else {
            raw.add(new int[] {from, WEEK});
            raw.add(new int[] {0, to - WEEK});
        }
    }

    private static List<int[]> merge(List<int[]> raw) {
        raw.sort(Comparator.comparingInt(interval -> interval[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] interval : raw) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(new int[] {interval[0], interval[1]});
            }
        }
        return merged;
    }

    public int total() {
        return total;
    }

    public int overlap(WeekMinutes other) {
        int[] a = bounds;
        int[] b = other.bounds;
        int overlap = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            overlap += Math.max(0, Math.min(a[i + 1], b[j + 1]) - Math.max(a[i], b[j]));
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return overlap;
    }

    /**
     * For each minute m of the week (and m = {@link #WEEK}), how many of these minutes come before
     * it; {@link #overlap(int[])} then costs two reads per interval of the other side, which is how
     * {@code MentorRanking} compares one mentee with thousands of mentors.
     */
    public int[] minutesBefore() {
        int[] before = new int[WEEK + 1];
        for (int i = 0; i < bounds.length; i += 2) {
            for (int minute = bounds[i]; minute < bounds[i + 1]; minute++) {
                before[minute + 1] = 1;
            }
        }
        for (int minute = 1; minute <= WEEK; minute++) {
            before[minute] += before[minute - 1];
        }
        return before;
    }

    /** The same as {@link #overlap(WeekMinutes)} with the other side's {@link #minutesBefore()}. */
    public int overlap(int[] otherMinutesBefore) {
        int overlap = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            overlap += otherMinutesBefore[bounds[i + 1]] - otherMinutesBefore[bounds[i]];
        }
        return overlap;
    }
}
