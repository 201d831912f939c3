package org.mentorat.platform.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mentorat.events.DomainEvent;

/**
 * What one feature consumes from one topic: the event types it handles and the handler of each,
 * declared as a bean in the feature's {@code *Configuration}. The kit runs the listener: one
 * container per topic and consumer group, every record going through {@link EventDispatcher}
 * with the kit's error handling. Types nobody subscribed to are skipped.
 *
 * <p>Features of one service that subscribe to the same topic under the same group share one
 * container: two containers in one group would split the topic's partitions between them, and
 * each feature would silently miss the other's share of the events.
 */
public final class EventSubscription {

    private final String topic;
    private final String groupId;
    private final Map<Class<? extends DomainEvent>, EventHandler<?>> handlers = new LinkedHashMap<>();
    private int consumers = 1;

    private EventSubscription(String topic, String groupId) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.groupId = Objects.requireNonNull(groupId, "groupId");
    }

    /** A subscription to {@code topic} as the consumer group {@code groupId}. */
    public static EventSubscription to(String topic, String groupId) {
        return new EventSubscription(topic, groupId);
    }

    /** Calls {@code handler} for every event of {@code eventType}; one handler per type. */
    public <T extends DomainEvent> EventSubscription on(Class<T> eventType, EventHandler<T> handler) {
        if (handlers.putIfAbsent(eventType, Objects.requireNonNull(handler, "handler")) != null) {
            throw new IllegalStateException(eventType.getSimpleName() + " is handled twice on " + topic);
        }
        return this;
    }

    /**
     * Reads the topic with up to {@code consumers} consumers in this service (one per partition at
     * most), for a feature whose handling is the bottleneck. Subscriptions sharing a container get
     * the largest number any of them asks for.
     */
    public EventSubscription withConsumers(int consumers) {
        if (consumers < 1) {
            throw new IllegalArgumentException("consumers must be at least 1, was " + consumers);
        }
        this.consumers = consumers;
        return this;
    }

    int consumers() {
        return consumers;
    }

    String topic() {
        return topic;
    }

    String groupId() {
        return groupId;
    }

    /** Adds this subscription's handlers to a dispatcher being built for its topic and group. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void addTo(EventDispatcher.Builder dispatcher) {
        handlers.forEach((type, handler) -> dispatcher.on((Class) type, (EventHandler) handler));
    }
}
