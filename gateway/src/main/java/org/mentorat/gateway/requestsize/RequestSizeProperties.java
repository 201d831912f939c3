package org.mentorat.gateway.requestsize;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The largest request body the gateway passes on: {@code maxBody} everywhere, and larger or
 * smaller limits for the path patterns in {@code paths} (e.g. CSV imports), first match wins.
 */
@ConfigurationProperties("mentorat.gateway.request-size")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize maxBody, Map<String, DataSize> paths) {

    public RequestSizeProperties {
        paths = paths == null ? Map.of() : new LinkedHashMap<>(paths);
        if (maxBody.toBytes() < 1 || paths.values().stream().anyMatch(limit -> limit.toBytes() < 1)) {
            throw new IllegalArgumentException("mentorat.gateway.request-size limits must be positive");
        }
    }

    long limitFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return paths.entrySet().stream()
                .filter(entry -> pattern(entry.getKey()).matches(container))
                .findFirst()
                .map(entry -> entry.getValue().toBytes())
                .orElse(maxBody.toBytes());
    }

    private static PathPattern pattern(String text) {
        return PathPatternParser.defaultInstance.parse(text);
    }
}
