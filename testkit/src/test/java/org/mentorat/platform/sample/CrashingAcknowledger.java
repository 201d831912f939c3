package org.mentorat.platform.sample;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.OutboxAcknowledger;

/** Simulates the relay dying after the broker's ack and before the {@code $pull}. */
public class CrashingAcknowledger implements OutboxAcknowledger {

    private final OutboxAcknowledger real = OutboxAcknowledger.pullSentEvents();
    private final AtomicReference<String> crashFor = new AtomicReference<>();

    /** The next acknowledgement of the widget with this name crashes, once. */
    public void crashOnceFor(String widgetName) {
        crashFor.set(widgetName);
    }

    @Override
    public void acknowledge(AggregateStore store, Object aggregateId, List<String> sentEventIds) {
        Document widget = store.collection().find(new Document("_id", aggregateId)).first();
        String name = widget == null ? null : widget.getString("name");
        if (name != null && name.equals(crashFor.getAndUpdate(armed -> name.equals(armed) ? null : armed))) {
            throw new IllegalStateException("simulated crash between broker ack and $pull");
        }
        real.acknowledge(store, aggregateId, sentEventIds);
    }
}
