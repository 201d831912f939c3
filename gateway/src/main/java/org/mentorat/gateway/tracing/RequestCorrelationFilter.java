package org.mentorat.gateway.tracing;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes every request traceable through the services: an {@code X-Request-Id} (the client's when
 * it is short and plain, otherwise a new one) is forwarded and answered, and a W3C
 * {@code traceparent} is forwarded, the client's when valid (with its {@code tracestate}),
 * otherwise a new trace. The services take both into their logs and into the events the request
 * causes.
 *
 * <p>A web filter rather than a route filter, so that refusals by security or the rate limiter
 * name the request id too.
 */
@Component
class RequestCorrelationFilter implements WebFilter, Ordered {

    static final String REQUEST_ID = "X-Request-Id";
    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    /** Plain and short: a client's id goes into logs and headers as it is. */
    private static final Pattern ACCEPTABLE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** version-traceid-parentid-flags; a later version may append fields (W3C Trace Context §3.2). */
    private static final Pattern W3C_TRACEPARENT = Pattern.compile(
            "([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(-[\\x21-\\x7e]{0,200})?");
    private static final String INVALID_VERSION = "ff";
    private static final String ZERO_TRACE_ID = "0".repeat(32);
    private static final String ZERO_PARENT_ID = "0".repeat(16);
    /** W3C asks to keep at least 512 characters; longer states are dropped rather than cut. */
    private static final int MAX_TRACESTATE = 512;
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        String requestId = acceptableRequestId(incoming.get(REQUEST_ID));
        boolean continuesTrace = isValidTraceparent(incoming.get(TRACEPARENT));
        var forwarded = exchange.getRequest().mutate().headers(headers -> {
            headers.set(REQUEST_ID, requestId);
            if (!continuesTrace) {
                headers.set(TRACEPARENT, newTraceparent());
                headers.remove(TRACESTATE); // meaningless without its traceparent
            } else if (!isKeptTracestate(headers.get(TRACESTATE))) {
                headers.remove(TRACESTATE);
            }
        }).build();
        // Set just before the response is sent: a routed service answers the same id, and set
        // (not add) keeps one value.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(REQUEST_ID, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(forwarded).build());
    }

    static String acceptableRequestId(List<String> values) {
        boolean acceptable = values != null && values.size() == 1
                && ACCEPTABLE_REQUEST_ID.matcher(values.getFirst()).matches();
        return acceptable ? values.getFirst() : UUID.randomUUID().toString();
    }

    /** Exactly one traceparent, well formed, of a known or later version, with non-zero ids. */
    static boolean isValidTraceparent(List<String> values) {
        if (values == null || values.size() != 1) {
            return false;
        }
        Matcher fields = W3C_TRACEPARENT.matcher(values.getFirst());
        if (!fields.matches() || INVALID_VERSION.equals(fields.group(1))) {
            return false;
        }
        boolean version00 = "00".equals(fields.group(1));
        return !(version00 && fields.group(4) != null)
                && !ZERO_TRACE_ID.equals(fields.group(2)) && !ZERO_PARENT_ID.equals(fields.group(3));
    }

    private static boolean isKeptTracestate(List<String> values) {
        return values == null || String.join(",", values).length() <= MAX_TRACESTATE;
    }

    /** A new trace, sampled: which traces are kept is left to the collector, if one is configured. */
    private static String newTraceparent() {
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HEX.formatHex(random);
    }

    // Before anything else, security included, so that every response names the request.
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
