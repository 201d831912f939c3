package org.mentorat.platform.sample;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.outbox.OutboxAcknowledger;
import org.mentorat.platform.outbox.Outboxes;

/** Simulates the relay dying after the broker's ack and before the {@code $pull}. */
public class CrashingAcknowledger implements OutboxAcknowledger {

    private final OutboxAcknowledger real = Outboxes.pullSentEvents();
    private final AtomicInteger crashesLeft = new AtomicInteger();

    public void crashNext(int times) {
        crashesLeft.set(times);
    }

    @Override
    public void acknowledge(AggregateStore store, Object aggregateId, List<String> sentEventIds) {
        if (crashesLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new IllegalStateException("simulated crash between broker ack and $pull");
        }
        real.acknowledge(store, aggregateId, sentEventIds);
    }
}
