package org.mentorat.events.profile;

/**
 * A recurring weekly time a person prefers to meet, in their own time zone (carried beside it).
 *
 * @param day {@code MONDAY} … {@code SUNDAY}
 * @param start local time {@code HH:mm}
 * @param end local time {@code HH:mm}, after {@code start}
 */
public record WeeklySlot(String day, String start, String end) {
}
