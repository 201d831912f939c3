package org.mentorat.session.mentorship;

/** How often a pair means to meet, as they set it in their agreement. */
public enum Cadence {
    WEEKLY, EVERY_TWO_WEEKS, MONTHLY
}
