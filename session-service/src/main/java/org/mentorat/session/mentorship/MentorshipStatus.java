package org.mentorat.session.mentorship;

/**
 * Where a mentorship stands. Only {@code ACTIVE} is reachable today; {@code ENDED} arrives with
 * the end-of-mentorship events of a later issue, and scheduling already refuses it.
 */
public enum MentorshipStatus {
    ACTIVE, ENDED
}
