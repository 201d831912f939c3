package org.mentorat.session.mentorship;

import java.time.LocalDateTime;

/**
 * How often a pair means to meet, as they set it in their agreement, and how often the sessions
 * of a series come. Steps are taken on the organiser's wall clock, so a weekly 9:00 stays at 9:00
 * across a daylight-saving change.
 */
public enum Cadence {
    WEEKLY, EVERY_TWO_WEEKS, MONTHLY;

    /** The start of the {@code index}-th session (0 is the first), counted from the first one. */
    public LocalDateTime occurrence(LocalDateTime first, int index) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case EVERY_TWO_WEEKS -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
        };
    }
}
