package org.mentorat.notification.message;

import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Dates, times, durations and numbers as the recipient reads them: ICU's patterns for their locale
 * (Arabic months and, where the locale says so, Arabic-Indic digits), instants in their time zone.
 */
final class Moments {

    private static final TimeZone CALENDAR_DAYS = TimeZone.getTimeZone("UTC");

    private final ULocale locale;
    private final TimeZone zone;
    private final ZoneId zoneId;

    Moments(Locale locale, ZoneId zone) {
        this.locale = ULocale.forLocale(locale);
        this.zone = TimeZone.getTimeZone(zone.getId());
        this.zoneId = zone;
    }

    /** "Tuesday, June 24, 2025, 2:00 – 3:00 PM": the day and the time span, or the start alone. */
    String when(Instant start, Duration duration) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            return format("yMMMMEEEEdjmm", start);
        }
        return IcuFormats.interval("yMMMMEEEEdjmm", locale, zone).format(new DateInterval(start.toEpochMilli(), start.plus(duration).toEpochMilli()));
    }

    /** "Tuesday, June 24": a day short enough for a subject line. */
    String day(Instant at) {
        return format("MMMMEEEEd", at);
    }

    /** "June 24, 2025": the day an instant falls on in the recipient's zone. */
    String date(Instant at) {
        return format("yMMMMd", at);
    }

    /** "June 24, 2025": a calendar day, the same everywhere. */
    String date(LocalDate day) {
        return IcuFormats.date("yMMMMd", locale, CALENDAR_DAYS)
                .format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** "June 16 – 22, 2025": a span of calendar days. */
    String period(LocalDate from, LocalDate to) {
        return IcuFormats.interval("yMMMMd", locale, CALENDAR_DAYS).format(new DateInterval(from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                to.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
    }

    /** The zone's long name at that moment ("Central European Summer Time"), as people call it. */
    String zoneName(Instant at) {
        return format("zzzz", at);
    }

    /** "1 hour, 30 minutes", with the language's plural forms. */
    String duration(Duration duration) {
        List<Measure> measures = new ArrayList<>();
        if (duration.toHours() > 0) {
            measures.add(new Measure(duration.toHours(), MeasureUnit.HOUR));
        }
        if (duration.toMinutesPart() > 0 || measures.isEmpty()) {
            measures.add(new Measure(duration.toMinutesPart(), MeasureUnit.MINUTE));
        }
        return IcuFormats.measures(locale).formatMeasures(measures.toArray(Measure[]::new));
    }

    /** A figure with at most one decimal ("12.5", "12,5"). */
    String number(double value) {
        return IcuFormats.number(locale, 1).format(value);
    }

    /** The day an instant falls on in the recipient's zone, to count days from. */
    LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zoneId);
    }

    private String format(String skeleton, Instant at) {
        return IcuFormats.date(skeleton, locale, zone).format(Date.from(at));
    }
}
