package org.mentorat.platform.events;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * W3C trace context for events ({@code ce_traceparent}). An event written while handling another
 * event continues that event's trace with a new span; otherwise a new trace starts.
 */
public final class Traceparents {

    private static final ThreadLocal<String> CURRENT_TRACE_ID = new ThreadLocal<>();
    private static final HexFormat HEX = HexFormat.of();

    private Traceparents() {
    }

    public static String current() {
        String traceId = CURRENT_TRACE_ID.get();
        return "00-" + (traceId != null ? traceId : randomHex(16)) + "-" + randomHex(8) + "-01";
    }

    public static void continueFrom(String traceparent) {
        String[] parts = traceparent == null ? new String[0] : traceparent.split("-");
        CURRENT_TRACE_ID.set(parts.length == 4 && parts[1].length() == 32 ? parts[1] : null);
    }

    public static void clear() {
        CURRENT_TRACE_ID.remove();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HEX.formatHex(random);
    }
}
