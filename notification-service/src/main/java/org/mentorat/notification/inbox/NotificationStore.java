package org.mentorat.notification.inbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.store.AggregateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Notification documents: state plus outbox, read per tenant and recipient. */
@Component
class NotificationStore {

    static final String ERASED = "erased";

    private final AggregateStore aggregates;

    NotificationStore(@Qualifier("notificationAggregates") AggregateStore aggregates) {
        this.aggregates = aggregates;
        aggregates.collection().createIndex(
                Indexes.compoundIndex(Indexes.ascending(AggregateStore.TENANT, "recipientId"),
                        Indexes.descending("createdAt")),
                new IndexOptions().name("inbox"));
    }

    /** @return false when this notification was already delivered (a redelivered event): nothing was written */
    boolean insertOnce(Notification.Delivered delivered) {
        Notification notification = delivered.notification();
        return DuplicateKeys.insertOnce(() -> aggregates.insert(notification.tenantId(), notification.id(),
                stateOf(notification), delivered.events()));
    }

    /** @return false when the notification changed since it was read: nothing was written */
    boolean markRead(Notification read) {
        return aggregates.update(read.tenantId(), read.id(), read.version(),
                Updates.set("readAt", Date.from(read.readAt())), List.of());
    }

    /** An erased notification's tombstone (see {@link #eraseRecipient}) is found like a missing one. */
    Optional<Notification> find(String tenantId, String id) {
        return aggregates.find(tenantId, id).filter(document -> !document.getBoolean(ERASED, false))
                .map(NotificationStore::fromDocument);
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
    long eraseRecipient(String tenantId, String recipientId, Date erasedAt) {
        return aggregates.collection().updateMany(
                and(eq(AggregateStore.TENANT, tenantId), eq("recipientId", recipientId)),
                Updates.combine(
                        Updates.unset("recipientId"), Updates.unset("kind"), Updates.unset("channel"),
                        Updates.unset("relatedId"), Updates.unset("details"), Updates.unset("createdAt"),
                        Updates.unset("readAt"),
                        Updates.set(ERASED, true), Updates.set("erasedAt", erasedAt),
                        Updates.inc(AggregateStore.VERSION, 1L)))
                .getModifiedCount();
    }

    List<Notification> inbox(String tenantId, String recipientId, boolean unreadOnly, int page, int size) {
        return aggregates.collection().find(inboxFilter(tenantId, recipientId, unreadOnly))
                .sort(Sorts.descending("createdAt", "_id"))
                .skip(page * size)
                .limit(size)
                .map(NotificationStore::fromDocument)
                .into(new ArrayList<>());
    }

    long count(String tenantId, String recipientId, boolean unreadOnly) {
        return aggregates.collection().countDocuments(inboxFilter(tenantId, recipientId, unreadOnly));
    }

    private static Bson inboxFilter(String tenantId, String recipientId, boolean unreadOnly) {
        Bson mine = and(eq(AggregateStore.TENANT, tenantId), eq("recipientId", recipientId));
        return unreadOnly ? and(mine, eq("readAt", null)) : mine;
    }

    private static Document stateOf(Notification notification) {
        return new Document("recipientId", notification.recipientId())
                .append("kind", notification.kind().name())
                .append("channel", notification.channel())
                .append("relatedId", notification.relatedId())
                .append("details", new Document(new HashMap<String, Object>(notification.details())))
                .append("createdAt", Date.from(notification.createdAt()))
                .append("readAt", null);
    }

    private static Notification fromDocument(Document document) {
        Map<String, String> details = document.get("details", Document.class).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.valueOf(entry.getValue())));
        Date readAt = document.getDate("readAt");
        return new Notification(document.getString("_id"), document.getString(AggregateStore.TENANT),
                document.getString("recipientId"), NotificationKind.valueOf(document.getString("kind")),
                document.getString("channel"), document.getString("relatedId"), details,
                document.getDate("createdAt").toInstant(), readAt == null ? null : readAt.toInstant(),
                document.getLong(AggregateStore.VERSION));
    }
}
