package org.mentorat.notification.trigger;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.mongo.DuplicateKeys;

/**
 * What happened in each program, week by week ({@code digest_weeks}), for the administrators'
 * digest: one document per program and ISO week, counters only. Each counted event's id is kept in
 * its week's document, in the same write as its increments, so a redelivered event counts once and
 * a crash between two writes cannot count it twice or lose it.
 */
class WeeklyTallyStore {

    static final String SESSIONS = "sessions";
    static final String MINUTES = "minutes";
    static final String RATINGS = "ratings";
    static final String RATING_SUM = "ratingSum";
    static final String STARTED = "started";
    static final String ENDED = "ended";
    static final String STALLED = "stalled";
    private static final String SEEN = "seen";

    private final MongoCollection<Document> weeks;

    WeeklyTallyStore(MongoCollection<Document> weeks) {
        this.weeks = weeks;
    }

    /** @return false when this event was counted already */
    boolean count(String tenantId, String programId, String week, String eventId, Map<String, Integer> increments) {
        List<Bson> changes = new ArrayList<>();
        increments.forEach((counter, by) -> changes.add(Updates.inc(counter, by)));
        changes.add(Updates.push(SEEN, eventId));
        changes.add(Updates.setOnInsert("tenantId", tenantId));
        changes.add(Updates.setOnInsert("programId", programId));
        changes.add(Updates.setOnInsert("week", week));
        try {
            var result = weeks.updateOne(and(eq("_id", key(tenantId, programId, week)), ne(SEEN, eventId)),
                    Updates.combine(changes), new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The counters of one week; zero for what did not happen. */
    Map<String, Long> week(String tenantId, String programId, String week) {
        Document found = weeks.find(eq("_id", key(tenantId, programId, week))).first();
        return counters(found == null ? new Document() : found);
    }

    /** Mentorships started minus those that ended, over every week: the program's active ones. */
    long active(String tenantId, String programId) {
        long active = 0;
        for (Document week : weeks.find(and(eq("tenantId", tenantId), eq("programId", programId)))) {
            Map<String, Long> counters = counters(week);
            active += counters.get(STARTED) - counters.get(ENDED);
        }
        return Math.max(0, active);
    }

    private static Map<String, Long> counters(Document document) {
        return Map.of(SESSIONS, number(document, SESSIONS), MINUTES, number(document, MINUTES),
                RATINGS, number(document, RATINGS), RATING_SUM, number(document, RATING_SUM),
                STARTED, number(document, STARTED), ENDED, number(document, ENDED), STALLED, number(document, STALLED));
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }

    private static String key(String tenantId, String programId, String week) {
        return tenantId + ":" + programId + ":" + week;
    }
}
