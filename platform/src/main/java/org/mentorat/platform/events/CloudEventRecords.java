package org.mentorat.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.mentorat.events.DomainEvent;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode, through the CloudEvents SDK:
 * context attributes travel as {@code ce_*} headers, the data as the record value, and the
 * record key is the aggregate id so that one aggregate's events stay in order.
 *
 * <p>Tracing: the Distributed Tracing extension's {@code traceparent} / {@code tracestate} (so
 * {@code ce_traceparent}, {@code ce_tracestate}) carry the context the event was written under,
 * and the same values go in the plain W3C {@code traceparent} / {@code tracestate} headers, which
 * are what tracers (Micrometer's Kafka listener observation) read to continue the trace. The
 * request id travels as the {@code requestid} extension ({@code ce_requestid}).
 */
public final class CloudEventRecords {

    public static final String TENANT_EXTENSION = "tenantid";
    public static final String SEQUENCE_EXTENSION = "sequence";
    public static final String TRACEPARENT_EXTENSION = "traceparent";
    public static final String TRACESTATE_EXTENSION = "tracestate";
    public static final String REQUEST_ID_EXTENSION = "requestid";
    private static final String JSON = "application/json";

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> toRecord(OutboxEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(event.data().getBytes(StandardCharsets.UTF_8))
                .withExtension(TENANT_EXTENSION, event.tenantId())
                .withExtension(SEQUENCE_EXTENSION, String.valueOf(event.sequence()));
        EventTrace trace = event.trace() != null ? event.trace() : new EventTrace(null, null, null);
        withOptionalExtension(builder, TRACEPARENT_EXTENSION, trace.traceparent());
        withOptionalExtension(builder, TRACESTATE_EXTENSION, trace.tracestate());
        withOptionalExtension(builder, REQUEST_ID_EXTENSION, trace.requestId());
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.<String>createWriter(event.topic(), event.subject())
                .writeBinary(builder.build());
        addOptionalHeader(record, EventTrace.TRACEPARENT, trace.traceparent());
        addOptionalHeader(record, EventTrace.TRACESTATE, trace.tracestate());
        return record;
    }

    /**
     * The record a producer would publish for {@code event}: for tools, replays and tests that
     * publish outside an outbox.
     */
    public static ProducerRecord<String, byte[]> recordOf(String topic, String source, String tenantId,
            String subject, long sequence, DomainEvent event) {
        return toRecord(new OutboxEvent(EventIds.next(), topic, source, DomainEvent.typeOf(event.getClass()), subject,
                tenantId, sequence, java.time.Instant.now(), EventJson.write(event), EventTrace.current()));
    }

    public static IncomingEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = read(record);
        String tenant = requiredExtension(event, TENANT_EXTENSION);
        long sequence = parseSequence(requiredExtension(event, SEQUENCE_EXTENSION));
        if (event.getSubject() == null || event.getData() == null) {
            throw new InvalidEventException("event " + event.getId() + " lacks a subject or data");
        }
        return new IncomingEvent(event.getId(), event.getType(), event.getSource().toString(),
                event.getSubject(), tenant, sequence, event.getTime(), new EventTrace(optionalExtension(event,
                TRACEPARENT_EXTENSION), optionalExtension(event, TRACESTATE_EXTENSION),
                optionalExtension(event, REQUEST_ID_EXTENSION)), event.getData().toBytes());
    }

    private static CloudEvent read(ConsumerRecord<String, byte[]> record) {
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            return reader.toEvent();
        } catch (CloudEventRWException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidEventException("record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a binary-mode CloudEvent: " + e.getMessage(), e);
        }
    }

    private static String requiredExtension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidEventException("event " + event.getId() + " lacks the " + name + " extension");
        }
        return value.toString();
    }

    private static String optionalExtension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }

    private static void withOptionalExtension(CloudEventBuilder builder, String name, String value) {
        if (value != null) {
            builder.withExtension(name, value);
        }
    }

    private static void addOptionalHeader(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static long parseSequence(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidEventException("sequence extension is not a number: " + value, e);
        }
    }
}
