package org.mentorat.profile.privacy;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.store.AggregateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

/**
 * The erasure records ({@code erasures}), one per person. A receipt is recorded by a conditional
 * update that only matches while its service is still pending, so a duplicate changes nothing.
 */
@Repository
class Erasures {

    private static final String PENDING = "pending";

    private final AggregateStore erasures;
    private final Clock clock;

    Erasures(@Qualifier("erasureStore") AggregateStore erasures, Clock clock) {
        this.erasures = erasures;
        this.clock = clock;
        erasures.collection().createIndex(Indexes.ascending(AggregateStore.TENANT, "personId"),
                new IndexOptions().unique(true).name("one_erasure_per_person"));
        erasures.collection().createIndex(Indexes.ascending(PENDING), new IndexOptions().name("pending_services"));
    }

    /** An opened erasure, and whether this call created it (false: it had been requested before). */
    record Opened(Erasure erasure, boolean created) {
    }

    Opened open(String tenantId, String personId, String requestedBy, List<String> services) {
        String id = EventIds.next();
        Document record = new Document("personId", personId)
                .append("requestedBy", requestedBy)
                .append("requestedAt", Date.from(clock.instant()))
                .append("status", Erasure.Status.PENDING.name())
                .append("expected", services)
                .append(PENDING, services)
                .append("confirmations", new Document());
        boolean created = DuplicateKeys.insertOnce(() -> erasures.insert(tenantId, id, record, List.of()));
        return new Opened(forPerson(tenantId, personId).orElseThrow(), created);
    }

    Optional<Erasure> find(String tenantId, String id) {
        return erasures.find(tenantId, id).map(Erasure::fromDocument);
    }

    Optional<Erasure> forPerson(String tenantId, String personId) {
        return Optional.ofNullable(erasures.collection()
                .find(and(eq(AggregateStore.TENANT, tenantId), eq("personId", personId))).first())
                .map(Erasure::fromDocument);
    }

    /** Erasures whose named service has not confirmed yet, across tenants (to resume them). */
    List<Document> awaiting(String service) {
        return erasures.collection().find(eq(PENDING, service)).into(new ArrayList<>());
    }

    /**
     * Records this service's own confirmation and, in the same write, its receipt for the other
     * services to see. Guarded by version: of two concurrent confirmations one wins.
     */
    boolean confirmOwn(String tenantId, Erasure erasure, String service) {
        Instant now = clock.instant();
        boolean stored = erasures.update(tenantId, erasure.id(), erasure.version(),
                Updates.combine(confirmation(service, now, now)),
                List.of(new ErasureCompleted(erasure.id(), erasure.personId(), service, now)));
        completeIfAllConfirmed(tenantId, erasure.id());
        return stored;
    }

    /** @return false for a duplicate, a service that is not expected, or an unknown erasure */
    boolean confirm(String tenantId, ErasureCompleted receipt) {
        boolean applied = erasures.collection().updateOne(
                and(eq("_id", receipt.erasureId()), eq(AggregateStore.TENANT, tenantId),
                        eq("personId", receipt.personId()), eq(PENDING, receipt.service())),
                Updates.combine(confirmation(receipt.service(), receipt.completedAt(), clock.instant())))
                .getModifiedCount() == 1;
        completeIfAllConfirmed(tenantId, receipt.erasureId());
        return applied;
    }

    private List<Bson> confirmation(String service, Instant completedAt, Instant receivedAt) {
        return List.of(Updates.pull(PENDING, service),
                Updates.set("confirmations." + service, new Document("completedAt", Date.from(completedAt))
                        .append("receivedAt", Date.from(receivedAt))));
    }

    private void completeIfAllConfirmed(String tenantId, String id) {
        erasures.collection().updateOne(and(eq("_id", id), eq(AggregateStore.TENANT, tenantId), size(PENDING, 0),
                        eq("status", Erasure.Status.PENDING.name())),
                Updates.combine(Updates.set("status", Erasure.Status.COMPLETED.name()),
                        Updates.set("completedAt", Date.from(clock.instant()))));
    }
}
