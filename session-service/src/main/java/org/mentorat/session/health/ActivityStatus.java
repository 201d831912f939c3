package org.mentorat.session.health;

/** Where a mentorship stands for the program's figures; the same four states as the mentorship itself. */
public enum ActivityStatus {
    ACTIVE, PAUSED, COMPLETED, ENDED_EARLY
}
