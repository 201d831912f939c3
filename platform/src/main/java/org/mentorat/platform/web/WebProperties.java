package org.mentorat.platform.web;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxRequestBytes the largest request body a service reads; larger ones get 413
 * @param requestSizeExemptPaths paths that stream their body and enforce their own limit (CSV imports)
 */
@ConfigurationProperties("mentorat.web")
record WebProperties(@DefaultValue("1048576") long maxRequestBytes, Set<String> requestSizeExemptPaths) {

    WebProperties {
        requestSizeExemptPaths = requestSizeExemptPaths == null ? Set.of() : Set.copyOf(requestSizeExemptPaths);
    }
}
