package org.mentorat.notification.inbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.conversions.Bson;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Component;

/**
 * Notifications: state plus outbox in one document, mapped from the record, read per tenant and
 * recipient. An erased notification is a tombstone, found like a missing one.
 */
@Component
class NotificationStore {

    private final RecordStore<Notification> notifications;

    NotificationStore(RecordStore<Notification> notifications) {
        this.notifications = notifications;
        notifications.index("inbox", Indexes.compoundIndex(Indexes.ascending("tenantId", "recipientId"),
                Indexes.descending("createdAt")), false);
    }

    /** @return false when this notification was already delivered (a redelivered event): nothing was written */
    boolean insertOnce(Changed<Notification> delivered) {
        return notifications.insertOnce(delivered);
    }

    Notification decide(Supplier<Notification> load, Function<Notification, Changed<Notification>> decision) {
        return notifications.decide(load, decision).state();
    }

    Optional<Notification> find(String tenantId, String id) {
        return notifications.find(tenantId, id);
    }

    /**
     * Clears every notification of the person down to a tombstone: {@code _id}, tenant, version,
     * {@code erased} and the outbox, nothing else. Deleting the documents instead would drop any
     * NotificationSent still pending in their outbox without a trace; clearing the content and
     * keeping the document lets the relay publish and acknowledge those events as usual (the relay
     * and its acknowledgement address the document by {@code _id} only and touch only outbox
     * fields). Keeping the id also makes a replayed trigger event collide on {@code _id} instead
     * of bringing the erased notification back. The version is raised so that a concurrent
     * markRead fails its version check rather than writing into a tombstone.
     *
     * @return how many notifications were erased; 0 when the person has none (left), e.g. a replay
     */
    long eraseRecipient(String tenantId, String recipientId) {
        return notifications.tombstone(tenantId, eq("recipientId", recipientId));
    }

    List<Notification> inbox(String tenantId, String recipientId, boolean unreadOnly, int page, int size) {
        return notifications.list(tenantId, inboxFilter(recipientId, unreadOnly), Sorts.descending("createdAt", "_id"),
                page * size, size);
    }

    long count(String tenantId, String recipientId, boolean unreadOnly) {
        return notifications.count(tenantId, inboxFilter(recipientId, unreadOnly));
    }

    private static Bson inboxFilter(String recipientId, boolean unreadOnly) {
        Bson mine = eq("recipientId", recipientId);
        return unreadOnly ? and(mine, eq("readAt", null)) : mine;
    }
}
