package org.mentorat.notification.message;

import java.time.LocalDate;

/**
 * A program's health over one period (a week), as its administrators read it in their digest.
 *
 * @param from the first day of the period, in the program's calendar
 * @param to the last day of the period (inclusive)
 * @param averageRating the average session rating out of 5, null when no session was rated
 */
public record DigestFigures(LocalDate from, LocalDate to, int activeMentorships, int stalledMentorships,
        int sessionsHeld, double hoursOfMentoring, Double averageRating, int newMatches) {
}
