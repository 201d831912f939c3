package org.mentorat.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.IdGenerator;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.mentorat.platform.tracing.RequestIds;

/**
 * Where an event came from, for tracing: the W3C trace context ({@code traceparent},
 * {@code tracestate}) and the request id current when the event was written. Events are written
 * during a request (or while handling another event) but published later by the relay on its own
 * thread, so the context is stored with each outbox entry and put on the record at publish time.
 *
 * @param tracestate null when the trace has none
 * @param requestId null when no request caused the event (a scheduled job)
 */
public record EventTrace(String traceparent, String tracestate, String requestId) {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";
    static final String REQUEST_ID = "requestId";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    /**
     * The trace context of the span current on this thread (the request's, or the consumer's
     * while an event is handled) and the current request id. Outside of any span (a scheduled
     * job, a test without tracing) a new trace starts, so every event can still be followed.
     */
    public static EventTrace current() {
        Context context = Context.current();
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            context = Context.root().with(Span.wrap(newTrace()));
        }
        Map<String, String> headers = new HashMap<>();
        // The OpenTelemetry context is the one Micrometer Tracing's bridge makes current, and it is
        // static: the stores read it without a tracer bean.
        W3C.inject(context, headers, Map::put);
        return new EventTrace(headers.get(TRACEPARENT), headers.get(TRACESTATE), RequestIds.current());
    }

    /** The 32 hex digits shared by every span of the trace, or null without a valid traceparent. */
    public String traceId() {
        String[] fields = traceparent == null ? new String[0] : traceparent.split("-");
        return fields.length >= 4 && fields[1].length() == 32 ? fields[1] : null;
    }

    void addTo(Document entry) {
        entry.append(TRACEPARENT, traceparent);
        if (tracestate != null) {
            entry.append(TRACESTATE, tracestate);
        }
        if (requestId != null) {
            entry.append(REQUEST_ID, requestId);
        }
    }

    static EventTrace from(Document entry) {
        return new EventTrace(entry.getString(TRACEPARENT), entry.getString(TRACESTATE), entry.getString(REQUEST_ID));
    }

    private static SpanContext newTrace() {
        IdGenerator ids = IdGenerator.random();
        return SpanContext.create(ids.generateTraceId(), ids.generateSpanId(), TraceFlags.getSampled(),
                TraceState.getDefault());
    }
}
