package org.mentorat.notification.dispatch;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Component;

/**
 * Outgoing messages, one document each (state plus outbox), across tenants for the poller. An
 * erased person's messages are tombstones: no status, so never due, and their id kept so that a
 * replayed cause schedules nothing again.
 *
 * <p>The claim lives in {@code claimedBy}/{@code claimedUntil}, not in the kit's
 * {@code leaseUntil}: that one is the outbox relay's, which leases the same document to publish
 * its events.
 */
@Component
class DispatchStore {

    private static final String STATUS = "status";
    private static final String NEXT_ATTEMPT = "nextAttemptAt";
    private static final String CLAIMED_BY = "claimedBy";
    private static final String CLAIMED_UNTIL = "claimedUntil";
    private static final List<String> WAITING = List.of(DispatchStatus.PENDING.name(), DispatchStatus.RETRY.name());

    private final RecordStore<Dispatch> dispatches;

    DispatchStore(RecordStore<Dispatch> dispatches) {
        this.dispatches = dispatches;
        dispatches.index("due", Indexes.ascending(STATUS, NEXT_ATTEMPT), false);
        dispatches.index("cancel_group", Indexes.ascending(AggregateStore.TENANT, "cancelGroup"), false);
        dispatches.index("recipient", Indexes.ascending(AggregateStore.TENANT, "recipientId"), false);
    }

    /**
     * A message the poller may try now, named by tenant and id, with the version the due query
     * read it at: claiming at that version needs no other read first.
     */
    record Due(String tenantId, String id, long version) {
    }

    /** @return false when a message with this key was already scheduled in the tenant: nothing was written */
    boolean insertOnce(Changed<Dispatch> scheduled) {
        return dispatches.insertOnce(scheduled);
    }

    /** The messages a later event may cancel together, whatever their state. */
    List<Dispatch> inGroup(String tenantId, String cancelGroup) {
        return dispatches.list(tenantId, eq("cancelGroup", cancelGroup));
    }

    Optional<Dispatch> find(String tenantId, String id) {
        return dispatches.find(tenantId, id);
    }

    /** @return false when another write (a claim, a cancel, an erasure) got there first: nothing was written */
    boolean update(Changed<Dispatch> changed) {
        return dispatches.update(changed);
    }

    /**
     * Claims a due message for {@code owner} until {@code until} if nothing changed it since it was
     * read at {@code due.version()} (a versioned write: of several instances that read it, one
     * succeeds; a cancel or an erasure in between makes it miss), and returns it as claimed.
     *
     * @return the claimed message as stored now; empty when another write got there first
     */
    Optional<Dispatch> claim(Due due, String owner, Instant until) {
        return dispatches.updateAndRead(due.tenantId(), due.id(), due.version(),
                        Updates.combine(Updates.set(CLAIMED_BY, owner), Updates.set(CLAIMED_UNTIL, Date.from(until))))
                .filter(claimed -> claimed.status().isWaiting());
    }

    /** The version a message has once {@code scheduled} is stored, to claim it at without reading it first. */
    long versionOnceStored(Changed<Dispatch> scheduled) {
        return dispatches.versionAfter(scheduled);
    }

    /** Waiting messages whose time has come and that no instance holds, the longest-waiting first. */
    List<Due> due(Instant now, int limit) {
        return dispatches.documents().find(dueFilter(now))
                .projection(Projections.include(AggregateStore.TENANT, AggregateStore.VERSION))
                .sort(Sorts.ascending(NEXT_ATTEMPT)).limit(limit)
                .map(document -> new Due(document.getString(AggregateStore.TENANT), document.getString("_id"),
                        document.get(AggregateStore.VERSION, Number.class).longValue()))
                .into(new ArrayList<>());
    }

    long countDue(Instant now) {
        return dispatches.documents().countDocuments(waitingSince(now));
    }

    Optional<Instant> oldestDue(Instant now) {
        Document oldest = dispatches.documents().find(waitingSince(now)).projection(Projections.include(NEXT_ATTEMPT))
                .sort(Sorts.ascending(NEXT_ATTEMPT)).first();
        return Optional.ofNullable(oldest).map(document -> document.getDate(NEXT_ATTEMPT).toInstant());
    }

    /**
     * Cancels the group's waiting messages in one write, whoever holds them: a message being sent
     * right now then fails to record its outcome, which is logged. The content goes, as for any
     * settled message, and the version rises so that no earlier read can write over it.
     */
    long cancel(String tenantId, String cancelGroup, Instant now) {
        return dispatches.documents().updateMany(
                and(eq(AggregateStore.TENANT, tenantId), eq("cancelGroup", cancelGroup), in(STATUS, WAITING)),
                Updates.combine(Updates.set(STATUS, DispatchStatus.CANCELLED.name()),
                        Updates.set("settledAt", Date.from(now)), Updates.unset("content"),
                        Updates.unset("attachments"), Updates.unset(CLAIMED_BY), Updates.unset(CLAIMED_UNTIL),
                        Updates.inc(AggregateStore.VERSION, 1L)))
                .getModifiedCount();
    }

    /** Pending and past messages of the person become tombstones; their outbox is still published. */
    long eraseRecipient(String tenantId, String recipientId) {
        return dispatches.tombstone(tenantId, eq("recipientId", recipientId));
    }

    private static Bson waitingSince(Instant now) {
        return and(in(STATUS, WAITING), lte(NEXT_ATTEMPT, Date.from(now)));
    }

    private static Bson dueFilter(Instant now) {
        Date at = Date.from(now);
        return and(in(STATUS, WAITING), lte(NEXT_ATTEMPT, at), or(eq(CLAIMED_UNTIL, null), lt(CLAIMED_UNTIL, at)));
    }
}
