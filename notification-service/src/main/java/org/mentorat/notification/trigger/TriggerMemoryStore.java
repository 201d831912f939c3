package org.mentorat.notification.trigger;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * What the triggers must remember between events ({@code trigger_memory}): the latest revision of
 * each session's invite, so that a stale reschedule never undoes a newer one, and who has given
 * feedback on which session, so that no follow-up is scheduled for them afterwards.
 */
class TriggerMemoryStore {

    private static final String REVISION = "revision";
    private static final String FEEDBACK = "feedback";

    private final MongoCollection<Document> memory;

    TriggerMemoryStore(MongoCollection<Document> memory) {
        this.memory = memory;
    }

    SessionRevision revisionOf(String tenantId, String sessionId) {
        Document found = memory.find(key(tenantId, REVISION, sessionId)).first();
        return found == null ? SessionRevision.NONE : new SessionRevision(found.get("sequence", Number.class).longValue(),
                instant(found, "startsAt"), instant(found, "previousStartsAt"));
    }

    /**
     * Records a revision handled; the same one again changes nothing, and events of one session
     * are handled one at a time (one partition), so there is no race between read and write here.
     */
    void revised(String tenantId, String sessionId, long sequence, Instant startsAt) {
        SessionRevision known = revisionOf(tenantId, sessionId);
        if (sequence <= known.sequence()) {
            return;
        }
        memory.updateOne(key(tenantId, REVISION, sessionId), Updates.combine(Updates.set("sequence", sequence),
                Updates.set("startsAt", Date.from(startsAt)),
                known.startsAt() == null ? Updates.unset("previousStartsAt")
                        : Updates.set("previousStartsAt", Date.from(known.startsAt())),
                Updates.setOnInsert("tenantId", tenantId)), new UpdateOptions().upsert(true));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    void feedbackGiven(String tenantId, String sessionId, String personId) {
        memory.updateOne(key(tenantId, FEEDBACK, sessionId + ":" + personId), Updates.combine(
                Updates.setOnInsert("tenantId", tenantId), Updates.setOnInsert("personId", personId)),
                new UpdateOptions().upsert(true));
    }

    boolean hasGivenFeedback(String tenantId, String sessionId, String personId) {
        return memory.find(key(tenantId, FEEDBACK, sessionId + ":" + personId)).first() != null;
    }

    /** Drops whatever names the person. */
    long forget(String tenantId, String personId) {
        return memory.deleteMany(and(eq("tenantId", tenantId), eq("personId", personId))).getDeletedCount();
    }

    private static Document key(String tenantId, String kind, String key) {
        return new Document("_id", tenantId + ":" + kind + ":" + key);
    }
}
