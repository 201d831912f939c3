package org.mentorat.notification.dispatch;

/** Where an outgoing message stands; the last four are final. */
public enum DispatchStatus {
    /** Waiting for its due time. */
    PENDING,
    /** A try failed; waiting for the next one. */
    RETRY,
    SENT,
    /** The last try failed, or the failure was permanent. */
    FAILED,
    /** Its moment passed before it could be sent (notAfter). */
    DROPPED,
    /** Cancelled with its group before it was sent. */
    CANCELLED;

    boolean isWaiting() {
        return this == PENDING || this == RETRY;
    }
}
