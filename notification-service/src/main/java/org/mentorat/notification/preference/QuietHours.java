package org.mentorat.notification.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours of the day a person wants no notification, on their wall clock: from {@code start}
 * (included) to {@code end} (excluded), spanning midnight when {@code end} comes before {@code start}
 * (22:00 to 07:00).
 */
record QuietHours(LocalTime start, LocalTime end) {

    QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours end when they start: " + start);
        }
    }

    /** The quiet period {@code at} falls in, on the wall clock of {@code zone}; empty outside quiet hours. */
    Optional<Period> around(Instant at, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end) ? Optional.of(period(day, day, zone)) : Optional.empty();
        }
        if (!time.isBefore(start)) {
            return Optional.of(period(day, day.plusDays(1), zone));
        }
        return time.isBefore(end) ? Optional.of(period(day.minusDays(1), day, zone)) : Optional.empty();
    }

    private Period period(LocalDate startDay, LocalDate endDay, ZoneId zone) {
        return new Period(instant(startDay.atTime(start), zone), instant(endDay.atTime(end), zone));
    }

    /**
     * A wall-clock time the clocks skip (02:30 when they jump from 02:00 to 03:00) is taken as the
     * moment they jump, the first that exists after it; a time that happens twice, as the first.
     */
    private static Instant instant(LocalDateTime wallClock, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(wallClock);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return wallClock.atZone(zone).toInstant();
    }

    /** One stretch of quiet hours on the time line. */
    record Period(Instant start, Instant end) {
    }
}
