package org.mentorat.matching.suggestion;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.springframework.stereotype.Repository;

/**
 * A mentor with s free seats is shown as the top choice to at most s mentees at a time. Each seat
 * is a hold slot with a unique id (mentor enrolment + slot number): a mentee takes a free or
 * expired slot with one conditional write, so two mentees racing for the last seat cannot both be
 * told it is theirs. A mentee holds one slot at most; a hold lapses after a while or when the
 * mentee asks for a mentor.
 */
@Repository
class TopChoiceHoldStore {

    private final MongoCollection<Document> holds;

    TopChoiceHoldStore(MongoDatabase database) {
        this.holds = database.getCollection("top_choice_holds");
    }

    /**
     * True if the mentee now holds (or already held) one of the mentor's {@code seatsLeft} slots.
     * Reads the slots once, then writes only where it may win: its own slot, a free one or a lapsed one.
     */
    boolean hold(String tenantId, String mentorEnrollmentId, int seatsLeft, String menteeEnrollmentId, Instant now,
            Instant until) {
        if (seatsLeft <= 0) {
            return false;
        }
        List<String> slots = IntStream.range(0, seatsLeft)
                .mapToObj(slot -> tenantId + ":" + mentorEnrollmentId + ":" + slot).toList();
        Map<String, Document> taken = new HashMap<>();
        holds.find(in("_id", slots)).forEach(hold -> taken.put(hold.getString("_id"), hold));
        for (Document hold : taken.values()) {
            if (menteeEnrollmentId.equals(hold.getString("menteeEnrollmentId"))
                    && holds.findOneAndUpdate(and(eq("_id", hold.getString("_id")),
                            eq("menteeEnrollmentId", menteeEnrollmentId)), Updates.set("until", Date.from(until))) != null) {
                return true;
            }
        }
        for (String slot : slots) {
            Document hold = taken.get(slot);
            if ((hold == null || !hold.getDate("until").after(Date.from(now)))
                    && take(tenantId, mentorEnrollmentId, slot, menteeEnrollmentId, now, until)) {
                return true;
            }
        }
        return false;
    }

    /** Drops the mentee's holds on every mentor but this one (null: on every mentor). */
    void releaseOthers(String tenantId, String menteeEnrollmentId, String keptMentorEnrollmentId) {
        holds.deleteMany(and(eq("tenantId", tenantId), eq("menteeEnrollmentId", menteeEnrollmentId),
                ne("mentorEnrollmentId", keptMentorEnrollmentId)));
    }

    private boolean take(String tenantId, String mentorEnrollmentId, String id, String menteeEnrollmentId, Instant now,
            Instant until) {
        Document hold = new Document("_id", id).append("tenantId", tenantId)
                .append("mentorEnrollmentId", mentorEnrollmentId).append("menteeEnrollmentId", menteeEnrollmentId)
                .append("until", Date.from(until));
        if (DuplicateKeys.insertOnce(() -> holds.insertOne(hold))) {
            return true;
        }
        return holds.findOneAndUpdate(and(eq("_id", id), lte("until", Date.from(now))), Updates.combine(
                Updates.set("menteeEnrollmentId", menteeEnrollmentId), Updates.set("until", Date.from(until)))) != null;
    }
}
