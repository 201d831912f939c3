package org.mentorat.platform.events;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * An event waiting in its aggregate's document until the relay has handed it to the broker.
 * {@code data} is the event's JSON exactly as it will go on the wire; {@code trace} is the trace
 * context and request id it was written under (null: none, the record carries no trace headers).
 */
public record OutboxEvent(
        String eventId,
        String topic,
        String source,
        String type,
        String subject,
        String tenantId,
        long sequence,
        Instant time,
        String data,
        EventTrace trace) {

    public Document toDocument() {
        Document document = new Document("eventId", eventId)
                .append("topic", topic)
                .append("source", source)
                .append("type", type)
                .append("subject", subject)
                .append("tenantId", tenantId)
                .append("sequence", sequence)
                .append("time", Date.from(time))
                .append("data", data);
        if (trace != null) {
            trace.addTo(document);
        }
        return document;
    }

    public static OutboxEvent fromDocument(Document document) {
        return new OutboxEvent(
                document.getString("eventId"),
                document.getString("topic"),
                document.getString("source"),
                document.getString("type"),
                document.getString("subject"),
                document.getString("tenantId"),
                ((Number) document.get("sequence")).longValue(),
                document.getDate("time").toInstant(),
                document.getString("data"),
                EventTrace.from(document));
    }
}
