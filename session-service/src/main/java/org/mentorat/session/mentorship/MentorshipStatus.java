package org.mentorat.session.mentorship;

/**
 * Where a mentorship stands. {@code PAUSED} until its resume date; {@code COMPLETED} at its planned
 * end (or when its program closes); {@code ENDED_EARLY} when a side left or ended it before that.
 */
public enum MentorshipStatus {
    ACTIVE, PAUSED, COMPLETED, ENDED_EARLY
}
