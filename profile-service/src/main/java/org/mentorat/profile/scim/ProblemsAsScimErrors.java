package org.mentorat.profile.scim;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Some answers on SCIM paths are made before any SCIM controller runs, by the platform, as
 * problem+json: 401 and 403 from the security filter, 413 from the size limit, 404 and 405 for
 * paths and methods SCIM does not serve. SCIM clients expect RFC 7644 §3.12 error bodies, so
 * this filter, placed around all of those, rewrites them; status and headers (the
 * {@code WWW-Authenticate} challenge) stay as they were.
 */
final class ProblemsAsScimErrors extends OncePerRequestFilter {

    private final JsonMapper json;

    ProblemsAsScimErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            if (isProblem(wrapper.getContentType())) {
                HttpStatusCode status = HttpStatusCode.valueOf(wrapper.getStatus());
                String detail = status.value() == 404
                        ? "No SCIM endpoint at " + request.getRequestURI() + "; this service provider serves "
                                + "/Users, /ServiceProviderConfig, /ResourceTypes and /Schemas."
                        : detail(wrapper.getContentAsByteArray(), status);
                wrapper.resetBuffer();
                wrapper.setContentType(ScimHttp.responseType(request.getHeader("Accept")).toString());
                json.writeValue(wrapper.getOutputStream(), ScimHttp.errorBody(status, null, detail));
            }
            wrapper.copyBodyToResponse();
        }
    }

    private String detail(byte[] problem, HttpStatusCode status) {
        try {
            JsonNode detail = json.readTree(problem).get("detail");
            if (detail != null && detail.isString()) {
                return detail.asString();
            }
        } catch (JacksonException e) {
            // not the problem+json it claims to be: the status alone will do
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "HTTP " + status.value() : known.getReasonPhrase();
    }

    private static boolean isProblem(String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
