package org.mentorat.matching.scoring.vocabulary;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A recurring weekly time a person prefers to meet, in their own time zone. An end at or before the
 * start means the slot runs past midnight into the next day (e.g. 23:00–01:00), so late slots need
 * no special encoding.
 */
public record Slot(DayOfWeek day, LocalTime start, LocalTime end) {

    public Slot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static Slot of(String day, String start, String end) {
        return new Slot(DayOfWeek.valueOf(day.trim().toUpperCase(java.util.Locale.ROOT)),
                LocalTime.parse(start.trim()), LocalTime.parse(end.trim()));
    }

    /** Length in minutes, counting a slot that crosses midnight up to its end on the next day. */
    public int minutes() {
        int from = start.toSecondOfDay() / 60;
        int to = end.toSecondOfDay() / 60;
        return to > from ? to - from : to + 24 * 60 - from;
    }
}
