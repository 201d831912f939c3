package org.mentorat.session.mentorship;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.outbox.AggregateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Mentorship documents: state plus outbox, always read and written within one tenant. */
@Component
class MentorshipStore {

    private final AggregateStore aggregates;

    MentorshipStore(@Qualifier("mentorshipAggregates") AggregateStore aggregates) {
        this.aggregates = aggregates;
        MongoCollection<Document> collection = aggregates.collection();
        // a second line of defence behind the derived _id: one mentorship per match and tenant
        collection.createIndex(Indexes.ascending(AggregateStore.TENANT, "matchId"),
                new IndexOptions().name("tenant_match").unique(true));
        collection.createIndex(Indexes.ascending(AggregateStore.TENANT, "mentorId"), new IndexOptions().name("mentor"));
        collection.createIndex(Indexes.ascending(AggregateStore.TENANT, "menteeId"), new IndexOptions().name("mentee"));
        collection.createIndex(Indexes.ascending(AggregateStore.TENANT, "programId"),
                new IndexOptions().name("program"));
    }

    /** @return false when the mentorship already exists (a redelivered event): nothing was written */
    boolean insertOnce(Mentorship.Opened opened) {
        Mentorship mentorship = opened.mentorship();
        return DuplicateKeys.insertOnce(() -> aggregates.insert(mentorship.tenantId(), mentorship.id(),
                stateOf(mentorship), opened.events()));
    }

    Optional<Mentorship> find(String tenantId, String id) {
        return aggregates.find(tenantId, id).map(MentorshipStore::fromDocument);
    }

    List<Mentorship> search(String tenantId, MentorshipSearch search) {
        return aggregates.collection().find(filterOf(tenantId, search))
                .sort(Sorts.descending("startedAt", "_id"))
                .skip(search.skip())
                .limit(search.size())
                .map(MentorshipStore::fromDocument)
                .into(new ArrayList<>());
    }

    long count(String tenantId, MentorshipSearch search) {
        return aggregates.collection().countDocuments(filterOf(tenantId, search));
    }

    private static Bson filterOf(String tenantId, MentorshipSearch search) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq(AggregateStore.TENANT, tenantId));
        if (search.personId() != null) {
            filters.add(or(eq("mentorId", search.personId()), eq("menteeId", search.personId())));
        }
        if (search.programId() != null) {
            filters.add(eq("programId", search.programId()));
        }
        return and(filters);
    }

    private static Document stateOf(Mentorship mentorship) {
        return new Document("matchId", mentorship.matchId())
                .append("programId", mentorship.programId())
                .append("mentorId", mentorship.mentorId())
                .append("menteeId", mentorship.menteeId())
                .append("status", mentorship.status().name())
                .append("startedAt", Date.from(mentorship.startedAt()));
    }

    private static Mentorship fromDocument(Document document) {
        return new Mentorship(document.getString("_id"), document.getString(AggregateStore.TENANT),
                document.getString("matchId"), document.getString("programId"), document.getString("mentorId"),
                document.getString("menteeId"), MentorshipStatus.valueOf(document.getString("status")),
                document.getDate("startedAt").toInstant());
    }
}
