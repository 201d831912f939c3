package org.mentorat.platform.tracing;

import io.micrometer.common.KeyValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Gives every request a request id: the gateway's {@code X-Request-Id} when it is acceptable,
 * otherwise a new one (a service called directly). The id is in the logging context while the
 * request is handled, is answered in the response header (errors included, as it is set before
 * anything else runs), and tags the request's span.
 */
final class RequestIdFilter extends OncePerRequestFilter {

    static final String SPAN_TAG = "request.id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        response.setHeader(RequestIds.HEADER, requestId);
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.addHighCardinalityKeyValue(KeyValue.of(SPAN_TAG, requestId)));
        try (var logged = MDC.putCloseable(RequestIds.MDC_KEY, requestId)) {
            chain.doFilter(request, response);
        }
    }
}
