package org.mentorat.platform.privacy;

import java.time.Clock;
import java.util.List;
import org.bson.Document;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.store.AggregateStore;

/**
 * A service's receipt that it erased a person, published once on {@code privacy-receipts}
 * through the outbox. The receipt document's id is the erasure id, so a redelivered
 * ProfileErasureRequested confirms nothing twice. Call it after the service's own erasure
 * succeeded: a crash in between re-runs the (idempotent) erasure and then confirms.
 */
public final class ErasureReceipts {

    private final AggregateStore receipts;
    private final String service;
    private final Clock clock;

    /**
     * @param receipts a store whose events go to {@code privacy-receipts} with this service as source
     * @param service the service's name as the receipt names it, e.g. {@code matching-service}
     */
    public ErasureReceipts(AggregateStore receipts, String service, Clock clock) {
        this.receipts = receipts;
        this.service = service;
        this.clock = clock;
    }

    /** @return true when this call confirmed, false when the receipt was already given */
    public boolean confirm(String tenantId, String erasureId, String personId) {
        var confirmed = new ErasureCompleted(erasureId, personId, service, clock.instant());
        return DuplicateKeys.insertOnce(() -> receipts.insert(tenantId, erasureId,
                new Document("personId", personId).append("service", service)
                        .append("completedAt", java.util.Date.from(confirmed.completedAt())),
                List.of(confirmed)));
    }
}
