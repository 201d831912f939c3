package org.mentorat.session.health;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Component;

/** The mentorships' activity documents ({@code health_mentorships}), always within one tenant. */
@Component
class ActivityStore {

    private final RecordStore<MentorshipActivity> activities;

    ActivityStore(RecordStore<MentorshipActivity> activities) {
        this.activities = activities;
        activities.index("program_status", ascending("tenantId", "programId", "status"), false);
    }

    Optional<MentorshipActivity> find(String tenantId, String id) {
        return activities.find(tenantId, id);
    }

    /** @return false when another write got there first (a concurrent insert or a newer version) */
    boolean write(Changed<MentorshipActivity> changed, boolean created) {
        return created ? activities.insertOnce(changed) : activities.update(changed);
    }

    /** The state as stored once {@code changed} is written. */
    MentorshipActivity asWritten(Changed<MentorshipActivity> changed) {
        return changed.state().atVersion(activities.versionAfter(changed));
    }

    /**
     * Drops a delta the program's report has taken in. Not versioned, but it raises the version,
     * so that a concurrent decision based on the list before cannot write the delta back.
     */
    void release(String tenantId, String id, String eventId) {
        activities.documents().updateOne(new Document("_id", id).append(AggregateStore.TENANT, tenantId),
                Updates.combine(Updates.pull("pending", new Document("eventId", eventId)),
                        Updates.inc(AggregateStore.VERSION, 1L)));
    }

    /** Active, unflagged mentorships of a program with nothing happening since before {@code quietBefore}. */
    List<MentorshipActivity> quietSince(String tenantId, String programId, Instant quietBefore) {
        return activities.list(tenantId, and(eq("programId", programId), eq("status", ActivityStatus.ACTIVE.name()),
                eq("stalled", false), lt("quietSince", quietBefore)));
    }

    /** A program's activities holding report increments that a crash left behind. */
    List<MentorshipActivity> withPendingDeltas(String tenantId, String programId) {
        return activities.list(tenantId, and(eq("programId", programId), exists("pending.0")));
    }
}
