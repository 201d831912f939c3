package org.mentorat.session.health;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.mongo.DuplicateKeys;

/**
 * The programs' report documents ({@code health_programs}): one per program, holding counters
 * only, so that reading a report costs one document whatever the program's size. Increments are
 * taken in at most once each: the document lists the ids of the increments being taken in
 * ({@code inFlight}) until their mentorship has let go of them.
 */
class ProgramReportStore {

    private static final String IN_FLIGHT = "inFlight";

    private final MongoCollection<Document> programs;

    ProgramReportStore(MongoCollection<Document> programs) {
        this.programs = programs;
        programs.createIndex(Indexes.ascending("_id", "tenantId"), new IndexOptions().unique(true).name("id_tenant"));
    }

    /** Name and stall threshold from ProgramPublished; a published program's settings never change. */
    void describe(String tenantId, String programId, String name, Integer stallAfterDays) {
        List<Bson> settings = new ArrayList<>();
        settings.add(Updates.set("name", name));
        settings.add(stallAfterDays == null ? Updates.unset("stallAfterDays") : Updates.set("stallAfterDays", stallAfterDays));
        upsert(key(tenantId, programId), Updates.combine(settings));
    }

    /** @return false when this delta was already taken in (its id is still in flight) */
    boolean takeIn(String tenantId, String programId, PendingDelta delta) {
        List<Bson> changes = new ArrayList<>();
        delta.increments().forEach(increment -> changes.add(Updates.inc(increment.figure(), increment.by())));
        changes.add(Updates.push(IN_FLIGHT, delta.eventId()));
        Document notYetTaken = key(tenantId, programId).append(IN_FLIGHT, new Document("$ne", delta.eventId()));
        return upsert(notYetTaken, Updates.combine(changes));
    }

    /** Forgets a delta's id once its mentorship no longer holds it: it can never be offered again. */
    void settle(String tenantId, String programId, String eventId) {
        programs.updateOne(key(tenantId, programId), Updates.pull(IN_FLIGHT, eventId));
    }

    Optional<ProgramTotals> find(String tenantId, String programId) {
        return Optional.ofNullable(programs.find(key(tenantId, programId)).first()).map(ProgramReportStore::totals);
    }

    List<ProgramTotals> all() {
        return programs.find().map(ProgramReportStore::totals).into(new ArrayList<>());
    }

    private boolean upsert(Bson filter, Bson update) {
        try {
            var result = programs.updateOne(filter, update, new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Flat, on exactly the keys of the unique index, which the embedded store then uses. */
    private static Document key(String tenantId, String programId) {
        return new Document("_id", programId).append("tenantId", tenantId);
    }

    private static ProgramTotals totals(Document document) {
        SortedMap<String, long[]> months = new TreeMap<>();
        Document byMonth = document.get("months", new Document());
        byMonth.forEach((month, tally) -> {
            Map<String, Long> counts = counters((Document) tally);
            months.put(month, new long[] {counts.getOrDefault("sessions", 0L), counts.getOrDefault("minutes", 0L)});
        });
        SortedMap<Integer, Long> firstSessionDays = new TreeMap<>();
        counters(document.get("firstSessionDays", new Document()))
                .forEach((days, count) -> firstSessionDays.put(Integer.valueOf(days), count));
        return new ProgramTotals(document.getString("tenantId"), document.getString("_id"), document.getString("name"),
                document.getInteger("stallAfterDays"), counters(document.get("mentorships", new Document())), months,
                counters(document.get("goals", new Document())), counters(document.get("ratings", new Document())),
                counters(document.get("survey", new Document())), firstSessionDays);
    }

    private static Map<String, Long> counters(Document document) {
        Map<String, Long> counters = new HashMap<>();
        document.forEach((name, value) -> counters.put(name, ((Number) value).longValue()));
        return counters;
    }
}
