package org.mentorat.platform.outbox;

/** Factory for the default outbox acknowledger, whose implementation stays package-private. */
public final class Outboxes {

    private Outboxes() {
    }

    public static OutboxAcknowledger pullSentEvents() {
        return new PullSentEvents();
    }
}
