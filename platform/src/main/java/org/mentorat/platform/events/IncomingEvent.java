package org.mentorat.platform.events;

import java.time.OffsetDateTime;

/** A CloudEvent read from Kafka: its context attributes and its raw JSON data. */
public record IncomingEvent(
        String id,
        String type,
        String source,
        String subject,
        String tenantId,
        long sequence,
        OffsetDateTime time,
        String traceparent,
        byte[] data) {

    public <T> T dataAs(Class<T> type) {
        return EventJson.read(data, type);
    }
}
