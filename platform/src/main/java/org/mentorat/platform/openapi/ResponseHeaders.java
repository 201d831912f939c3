package org.mentorat.platform.openapi;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers the gateway adds to answers: the rate-limit state (IETF RateLimit header fields) on
 * every answer, {@code Retry-After} on 429, and CORS on cross-origin requests. Described once under
 * {@code components/headers}.
 */
final class ResponseHeaders {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    static final String RETRY_AFTER = "Retry-After";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    /** The longest wait the gateway asks for: a budget refills within the hour. */
    private static final int MAX_WAIT_SECONDS = 3600;

    private ResponseHeaders() {
    }

    static Map<String, Header> components() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put(LIMIT, header("Requests the caller may make in the current window.", seconds(Integer.MAX_VALUE)));
        headers.put(REMAINING, header("Requests left in the current window.", seconds(Integer.MAX_VALUE)));
        headers.put(RESET, header("Seconds until the current window ends.", seconds(MAX_WAIT_SECONDS)));
        headers.put(RETRY_AFTER, header("Seconds to wait before trying again.", seconds(MAX_WAIT_SECONDS)));
        headers.put(ALLOW_ORIGIN, new Header().description("On cross-origin requests from an allowed origin "
                + "(set by the gateway): that origin.").schema(new StringSchema().maxLength(2048).format("uri")));
        return headers;
    }

    /** What every 2xx and 4xx answer carries. */
    static Map<String, Header> everyAnswer() {
        Map<String, Header> headers = new LinkedHashMap<>();
        for (String name : new String[] {LIMIT, REMAINING, RESET, ALLOW_ORIGIN}) {
            headers.put(name, ref(name));
        }
        return headers;
    }

    static Header ref(String name) {
        return new Header().$ref("#/components/headers/" + name);
    }

    private static Header header(String description, IntegerSchema schema) {
        return new Header().description(description).schema(schema);
    }

    private static IntegerSchema seconds(int max) {
        return (IntegerSchema) new IntegerSchema().format("int32").minimum(BigDecimal.ZERO)
                .maximum(BigDecimal.valueOf(max));
    }
}
