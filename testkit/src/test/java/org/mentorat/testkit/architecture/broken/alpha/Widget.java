package org.mentorat.testkit.architecture.broken.alpha;

import org.mentorat.platform.store.Aggregate;
import org.springframework.util.StringUtils;

/** Breaks "aggregates depend on no infrastructure": it reaches for a Spring utility. */
public record Widget(String id, String tenantId, String name, long version) implements Aggregate {

    public boolean named() {
        return StringUtils.hasText(name);
    }
}
