package org.mentorat.session.mentorship;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Component;

/** Mentorships: state plus outbox, mapped from the record, always read and written within one tenant. */
@Component
class MentorshipStore {

    private final RecordStore<Mentorship> mentorships;

    MentorshipStore(RecordStore<Mentorship> mentorships) {
        this.mentorships = mentorships;
        // a second line of defence behind the derived _id: one mentorship per match and tenant
        mentorships.index("tenant_match", ascending("tenantId", "matchId"), true);
        mentorships.index("mentor", ascending("tenantId", "mentorId"), false);
        mentorships.index("mentee", ascending("tenantId", "menteeIds"), false);
        mentorships.index("program", ascending("tenantId", "programId"), false);
    }

    /** @return false when the mentorship already exists (a redelivered event): nothing was written */
    boolean insertOnce(Changed<Mentorship> opened) {
        return mentorships.insertOnce(opened);
    }

    Optional<Mentorship> find(String tenantId, String id) {
        return mentorships.find(tenantId, id);
    }

    List<Mentorship> search(String tenantId, MentorshipSearch search) {
        return mentorships.list(tenantId, filterOf(search), Sorts.descending("startedAt", "_id"), search.skip(),
                search.size());
    }

    long count(String tenantId, MentorshipSearch search) {
        return mentorships.count(tenantId, filterOf(search));
    }

    private static Bson filterOf(MentorshipSearch search) {
        List<Bson> filters = new ArrayList<>();
        if (search.personId() != null) {
            filters.add(or(eq("mentorId", search.personId()), eq("menteeIds", search.personId())));
        }
        if (search.programId() != null) {
            filters.add(eq("programId", search.programId()));
        }
        return filters.isEmpty() ? null : and(filters);
    }
}
