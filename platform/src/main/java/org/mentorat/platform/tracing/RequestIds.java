package org.mentorat.platform.tracing;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id of the client request a piece of work belongs to ({@code X-Request-Id}). It lives in
 * the logging context for as long as the request, or an event the request caused, is handled, so
 * every log line names it and every event written meanwhile carries it on.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Short and plain, so an id a client chose cannot inject anything into logs or headers. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The request id of the work on this thread, or null outside of any request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    public static boolean isAcceptable(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches();
    }

    /** {@code incoming} when it is acceptable, otherwise a new id. */
    static String acceptOrCreate(String incoming) {
        return isAcceptable(incoming) ? incoming : UUID.randomUUID().toString();
    }
}
