package org.mentorat.session.goal;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Component;

/** Goals: state, milestones, progress and outbox in one document, mapped from the record, always within one tenant. */
@Component
class GoalStore {

    private final RecordStore<Goal> goals;

    GoalStore(RecordStore<Goal> goals) {
        this.goals = goals;
        goals.index("mentorship", ascending("tenantId", "mentorshipId"), false);
        goals.index("mentee", ascending("tenantId", "menteeId"), false);
        goals.index("mentor", ascending("tenantId", "mentorId"), false);
    }

    void insert(Changed<Goal> set) {
        goals.insert(set);
    }

    Changed<Goal> decide(Supplier<Goal> load, Function<Goal, Changed<Goal>> decision) {
        return goals.decide(load, decision);
    }

    Optional<Goal> find(String tenantId, String id) {
        return goals.find(tenantId, id);
    }

    /** Oldest first, as the pair set them. */
    List<Goal> ofMentorship(String tenantId, String mentorshipId) {
        return goals.list(tenantId, eq("mentorshipId", mentorshipId), Sorts.ascending("setAt", "_id"), 0, 0);
    }

    List<Goal> ofParticipant(String tenantId, String personId) {
        return goals.list(tenantId, or(eq("menteeId", personId), eq("mentorId", personId)));
    }
}
