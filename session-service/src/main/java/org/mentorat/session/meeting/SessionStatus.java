package org.mentorat.session.meeting;

/**
 * A session is scheduled, then took place, was called off, or someone did not come
 * ({@code NO_SHOW}); the three ends are final.
 */
public enum SessionStatus {
    SCHEDULED, COMPLETED, CANCELLED, NO_SHOW
}
