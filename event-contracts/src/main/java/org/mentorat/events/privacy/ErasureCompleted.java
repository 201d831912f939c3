package org.mentorat.events.privacy;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * One service's receipt that it erased a person's data, published on {@code privacy-receipts}.
 * Subject: the erasure id.
 *
 * @param service the confirming service, e.g. {@code matching-service}
 */
@EventType(ErasureCompleted.TYPE)
public record ErasureCompleted(
        String erasureId,
        String personId,
        String service,
        Instant completedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.privacy.erasure-completed.v1";
}
