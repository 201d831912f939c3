package org.mentorat.session.meeting;

/** A session is scheduled, then either took place or was called off; both ends are final. */
public enum SessionStatus {
    SCHEDULED, COMPLETED, CANCELLED
}
