package org.mentorat.events.profile;

import java.util.List;

/**
 * How much time a person gives to mentoring in a program and when they prefer to meet.
 *
 * @param hoursPerMonth null when the person did not say
 * @param weeklySlots in the person's time zone; empty when they did not say
 */
public record Availability(Integer hoursPerMonth, List<WeeklySlot> weeklySlots) {
}
