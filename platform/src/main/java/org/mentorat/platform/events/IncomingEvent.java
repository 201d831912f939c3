package org.mentorat.platform.events;

import java.time.OffsetDateTime;

/**
 * A CloudEvent read from Kafka: its context attributes and its raw JSON data. {@code trace} holds
 * the trace context and request id it was written under (its fields are null when absent).
 */
public record IncomingEvent(
        String id,
        String type,
        String source,
        String subject,
        String tenantId,
        long sequence,
        OffsetDateTime time,
        EventTrace trace,
        byte[] data) {

    public <T> T dataAs(Class<T> type) {
        return EventJson.read(data, type);
    }
}
