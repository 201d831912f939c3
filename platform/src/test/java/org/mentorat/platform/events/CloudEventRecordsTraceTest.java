package org.mentorat.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.tracing.RequestIds;
import org.slf4j.MDC;

/** What an outbox entry keeps of its trace, and how the relay's record carries it. */
class CloudEventRecordsTraceTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void anEventWrittenInASpanTakesItsContextAndTheRequestId() {
        SpanContext span = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(),
                TraceState.builder().put("congo", "t61rcWkgMzE").build());
        MDC.put(RequestIds.MDC_KEY, "req-1");
        try (Scope scope = Span.wrap(span).makeCurrent()) {
            EventTrace trace = EventTrace.current();

            assertThat(trace).isEqualTo(new EventTrace("00-" + TRACE_ID + "-" + SPAN_ID + "-01", "congo=t61rcWkgMzE",
                    "req-1"));
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    @Test
    void anEventWrittenOutsideAnySpanStartsATrace() {
        EventTrace trace = EventTrace.current();

        assertThat(trace.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(trace.tracestate()).isNull();
        assertThat(trace.requestId()).isNull();
    }

    @Test
    void theOutboxEntryKeepsTheTraceAndTheRecordCarriesItAsCloudEventsAndW3cHeaders() {
        EventTrace trace = new EventTrace("00-" + TRACE_ID + "-" + SPAN_ID + "-01", "congo=t61rcWkgMzE", "req-1");
        OutboxEvent stored = OutboxEvent.fromDocument(event(trace).toDocument());

        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(stored);

        assertThat(stored.trace()).isEqualTo(trace);
        assertThat(header(record, "ce_traceparent")).isEqualTo(trace.traceparent());
        assertThat(header(record, "traceparent")).isEqualTo(trace.traceparent());
        assertThat(header(record, "ce_tracestate")).isEqualTo("congo=t61rcWkgMzE");
        assertThat(header(record, "tracestate")).isEqualTo("congo=t61rcWkgMzE");
        assertThat(header(record, "ce_requestid")).isEqualTo("req-1");
        assertThat(CloudEventRecords.fromRecord(consumed(record)).trace()).isEqualTo(trace);
    }

    @Test
    void anEntryWithoutTraceIsPublishedWithoutTraceHeaders() {
        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(
                OutboxEvent.fromDocument(event(null).toDocument()));

        assertThat(record.headers().lastHeader("traceparent")).isNull();
        assertThat(record.headers().lastHeader("ce_traceparent")).isNull();
        assertThat(record.headers().lastHeader("ce_requestid")).isNull();
        assertThat(CloudEventRecords.fromRecord(consumed(record)).trace()).isEqualTo(new EventTrace(null, null, null));
    }

    private static OutboxEvent event(EventTrace trace) {
        return new OutboxEvent(EventIds.next(), "widgets", "/sample-service", "org.mentorat.sample.widget-created.v1",
                "w-1", "acme", 1, Instant.parse("2026-03-02T09:30:00Z"), "{\"name\":\"gear\"}", trace);
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> record) {
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(record.topic(), 0, 0, record.key(),
                record.value());
        record.headers().forEach(header -> consumed.headers().add(header));
        return consumed;
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
