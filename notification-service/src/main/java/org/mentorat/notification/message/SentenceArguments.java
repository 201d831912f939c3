package org.mentorat.notification.message;

import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The named arguments every sentence of a message may use ({recipient}, {when}, {days}…), already
 * written for the recipient's language and zone. Names a person typed are wrapped in Unicode isolates
 * in right-to-left messages, so "Jean (Lyon)" stays readable inside an Arabic sentence.
 */
final class SentenceArguments {

    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
    private static final int SHORT_GOAL = 40;

    private SentenceArguments() {
    }

    static Map<String, Object> of(MessageArguments a, Locale locale, ZoneId zone, Instant now, boolean rtl) {
        Moments moments = new Moments(locale, zone);
        Map<String, Object> values = new HashMap<>();
        values.put("recipient", typed(a.recipientName(), rtl));
        values.put("program", typed(a.programName(), rtl));
        List<String> counterparts = a.counterpartNames().stream().map(name -> typed(name, rtl)).toList();
        values.put("counterparts", IcuFormats.list(ULocale.forLocale(locale)).format(counterparts));
        values.put("counterpartCount", counterparts.size());
        values.put("zoneId", typed(zone.getId(), rtl));
        values.put("zoneName", moments.zoneName(a.sessionStart() != null ? a.sessionStart() : now));
        values.put("suggested", a.sessionStart() != null ? "yes" : "no");
        if (a.sessionStart() != null) {
            values.put("when", moments.when(a.sessionStart(), a.sessionDuration()));
            values.put("date", moments.day(a.sessionStart()));
        }
        if (a.previousSessionStart() != null) {
            values.put("previousWhen", moments.when(a.previousSessionStart(), a.sessionDuration()));
        }
        if (a.sessionDuration() != null) {
            values.put("duration", moments.duration(a.sessionDuration()));
        }
        values.put("format", a.sessionFormat() == null ? "none" : a.sessionFormat().name());
        if (a.sessionLocation() != null) {
            values.put("location", typed(a.sessionLocation(), rtl));
        }
        putOffset(values, a.reminderOffset());
        values.put("hasLast", a.lastSessionAt() != null ? "yes" : "no");
        if (a.lastSessionAt() != null) {
            values.put("lastDate", moments.date(a.lastSessionAt()));
        }
        if (a.goalTitle() != null) {
            values.put("goal", typed(a.goalTitle(), rtl));
            values.put("goalShort", typed(shortened(a.goalTitle()), rtl));
        }
        if (a.goalTargetDate() != null) {
            values.put("targetDate", moments.date(a.goalTargetDate()));
            Instant deliveredAt = a.deliveredAt() != null ? a.deliveredAt() : now;
            long days = ChronoUnit.DAYS.between(moments.dayOf(deliveredAt), a.goalTargetDate());
            values.put("days", Math.max(0, days));
        }
        if (a.digest() != null) {
            putDigest(values, a.digest(), moments);
        }
        return values;
    }

    /**
     * The reminder's offset in the unit people would say: minutes under an hour, hours up to two days
     * ("in 24 hours", not "in 1 day"), days beyond.
     */
    private static void putOffset(Map<String, Object> values, Duration offset) {
        if (offset == null) {
            return;
        }
        if (offset.toMinutes() < 60 || offset.toMinutesPart() != 0) {
            values.put("unit", "minute");
            values.put("amount", offset.toMinutes());
        } else if (offset.toHours() <= 48 || offset.toHoursPart() != 0) {
            values.put("unit", "hour");
            values.put("amount", offset.toHours());
        } else {
            values.put("unit", "day");
            values.put("amount", offset.toDays());
        }
    }

    private static void putDigest(Map<String, Object> values, DigestFigures figures, Moments moments) {
        values.put("period", moments.period(figures.from(), figures.to()));
        values.put("active", figures.activeMentorships());
        values.put("stalled", figures.stalledMentorships());
        values.put("sessions", figures.sessionsHeld());
        values.put("hours", moments.number(figures.hoursOfMentoring()));
        values.put("matches", figures.newMatches());
        values.put("hasRating", figures.averageRating() != null ? "yes" : "no");
        values.put("rating", figures.averageRating() != null ? moments.number(figures.averageRating()) : "");
        values.put("ratingScale", 5);
    }

    /** A text a person typed; an absent one reads as empty rather than as "null". */
    private static String typed(String text, boolean rtl) {
        if (text == null) {
            return "";
        }
        return rtl ? FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE : text;
    }

    private static String shortened(String text) {
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) <= SHORT_GOAL) {
            return trimmed;
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, SHORT_GOAL - 1)).strip() + "…";
    }
}
