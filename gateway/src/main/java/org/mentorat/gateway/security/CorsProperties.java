package org.mentorat.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser origins allowed to call the API, e.g. the web app. Kept explicit (no wildcard) because
 * the API is called with bearer tokens from those origins.
 */
@ConfigurationProperties("mentorat.gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
