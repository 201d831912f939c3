package org.mentorat.platform.consumer;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.DomainEvent;
import org.mentorat.platform.events.CloudEventRecords;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.tracing.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns a Kafka record into a CloudEvent and calls the handler registered for its type, with
 * tenant, aggregate, event id and the request id that caused the event in the logging context.
 * The trace is already continued from the record's {@code traceparent} by the listener
 * container's observation, so events the handler writes join the same trace. Types nobody registered are skipped:
 * producers may add event types without breaking consumers. A record that is not a valid
 * CloudEvent throws {@link org.mentorat.platform.events.InvalidEventException} and is dead-lettered.
 */
public final class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final Map<String, Registration<?>> handlers;

    private EventDispatcher(Map<String, Registration<?>> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    public void dispatch(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = CloudEventRecords.fromRecord(record);
        try (var tenant = MDC.putCloseable("tenantId", event.tenantId());
                var aggregate = MDC.putCloseable("aggregateId", event.subject());
                var eventId = MDC.putCloseable("eventId", event.id());
                var requestId = requestIdLogged(event)) {
            Registration<?> registration = handlers.get(event.type());
            if (registration == null) {
                log.debug("skipping event type {} nobody here handles", event.type());
                return;
            }
            registration.apply(event);
            log.info("applied {} tenant={} aggregate={} eventId={}", event.type(), event.tenantId(),
                    event.subject(), event.id());
        }
    }

    /** In the logging context, and so carried on by the events the handler writes. */
    private static MDC.MDCCloseable requestIdLogged(IncomingEvent event) {
        String requestId = event.trace().requestId();
        return RequestIds.isAcceptable(requestId) ? MDC.putCloseable(RequestIds.MDC_KEY, requestId) : null;
    }

    private record Registration<T>(Class<T> dataType, EventHandler<T> handler) {

        void apply(IncomingEvent event) {
            handler.handle(event.dataAs(dataType), event);
        }
    }

    public static final class Builder {

        private final Map<String, Registration<?>> handlers = new HashMap<>();

        /** Calls {@code handler} for every event of {@code eventType}; a second handler for it is refused. */
        public <T extends DomainEvent> Builder on(Class<T> eventType, EventHandler<T> handler) {
            if (handlers.putIfAbsent(DomainEvent.typeOf(eventType), new Registration<>(eventType, handler)) != null) {
                throw new IllegalStateException(eventType.getSimpleName() + " has two handlers on one topic and group");
            }
            return this;
        }

        public EventDispatcher build() {
            return new EventDispatcher(handlers);
        }
    }
}
