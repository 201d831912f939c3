package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.springframework.stereotype.Repository;

/**
 * Pairs that must not be proposed again: declined or ended before, or explicitly blocked. Kept on
 * one document per person listing the others, written on both sides with {@code $addToSet}, so a
 * person's whole history is one read and a repeated write changes nothing.
 */
@Repository
class PairHistoryStore {

    private static final String DECLINED_OR_ENDED = "declinedOrEnded";
    private static final String BLOCKED = "blocked";

    private final MongoCollection<Document> history;

    PairHistoryStore(MongoDatabase database) {
        this.history = database.getCollection("pair_history");
    }

    void declinedOrEnded(String tenantId, String personId, String otherPersonId) {
        add(tenantId, personId, otherPersonId, DECLINED_OR_ENDED);
        add(tenantId, otherPersonId, personId, DECLINED_OR_ENDED);
    }

    void block(String tenantId, String personId, String otherPersonId) {
        add(tenantId, personId, otherPersonId, BLOCKED);
        add(tenantId, otherPersonId, personId, BLOCKED);
    }

    void unblock(String tenantId, String personId, String otherPersonId) {
        history.updateOne(eq("_id", id(tenantId, personId)), Updates.pull(BLOCKED, otherPersonId));
        history.updateOne(eq("_id", id(tenantId, otherPersonId)), Updates.pull(BLOCKED, personId));
    }

    /** The history of these people (typically one mentee, or a whole cohort's mentees). */
    PairHistory of(String tenantId, Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return PairHistory.empty();
        }
        Set<Set<String>> declinedOrEnded = new HashSet<>();
        Set<Set<String>> blocked = new HashSet<>();
        List<String> ids = personIds.stream().map(person -> id(tenantId, person)).toList();
        for (Document doc : history.find(in("_id", ids))) {
            String person = doc.getString("personId");
            doc.getList(DECLINED_OR_ENDED, String.class, List.of()).stream().filter(other -> !other.equals(person))
                    .forEach(other -> declinedOrEnded.add(Set.of(person, other)));
            doc.getList(BLOCKED, String.class, List.of()).stream().filter(other -> !other.equals(person))
                    .forEach(other -> blocked.add(Set.of(person, other)));
        }
        return PairHistory.of(declinedOrEnded, blocked);
    }

    private void add(String tenantId, String personId, String otherPersonId, String list) {
        history.updateOne(eq("_id", id(tenantId, personId)), Updates.combine(
                Updates.setOnInsert("tenantId", tenantId), Updates.setOnInsert("personId", personId),
                Updates.addToSet(list, otherPersonId)), new UpdateOptions().upsert(true));
    }

    private static String id(String tenantId, String personId) {
        return tenantId + ":" + personId;
    }
}
