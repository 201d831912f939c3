package org.mentorat.notification.program;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;

/**
 * Each program's notification settings, one document per tenant and program, applied in the
 * program's own order ({@code ce_sequence}): a replayed ProgramPublished cannot reopen a closed
 * program. Offsets are stored as ISO-8601 text; absent ones mean "the defaults", read as such.
 */
class ProgramSettingsStore {

    private static final String OFFSETS = "reminderOffsets";
    private static final String MANDATORY = "mandatory";
    private static final String DIGEST = "digestRecipientIds";
    private static final String CLOSED = "closed";

    private final MongoCollection<Document> programs;

    ProgramSettingsStore(MongoDatabase database) {
        this.programs = database.getCollection("programs");
    }

    boolean published(StoredProgram program, IncomingEvent event) {
        return ReadModels.applyIfNewer(programs, key(event.tenantId(), program.programId()), event, Updates.combine(
                Updates.set("tenantId", event.tenantId()),
                Updates.set("programId", program.programId()),
                Updates.set("name", program.name()),
                program.reminderOffsets() == null ? Updates.unset(OFFSETS)
                        : Updates.set(OFFSETS, program.reminderOffsets().stream().map(Duration::toString).toList()),
                Updates.set(MANDATORY, program.mandatory()),
                Updates.set(DIGEST, program.digestRecipientIds())));
    }

    boolean closed(String programId, IncomingEvent event) {
        return ReadModels.applyIfNewer(programs, key(event.tenantId(), programId), event, Updates.combine(
                Updates.set("tenantId", event.tenantId()),
                Updates.set("programId", programId),
                Updates.set(CLOSED, true)));
    }

    Optional<StoredProgram> find(String tenantId, String programId) {
        // the key names the tenant: an exact _id lookup, the one shape the embedded store serves from an index
        return Optional.ofNullable(programs.find(eq("_id", key(tenantId, programId))).first())
                .map(ProgramSettingsStore::programOf);
    }

    /** Every tenant's programs not closed, in no particular order. */
    List<StoredProgram> open() {
        return programs.find(ne(CLOSED, true)).map(ProgramSettingsStore::programOf).into(new ArrayList<>());
    }

    private static StoredProgram programOf(Document found) {
        List<String> offsets = found.getList(OFFSETS, String.class);
        return new StoredProgram(found.getString("tenantId"), found.getString("programId"), found.getString("name"),
                offsets == null ? null : offsets.stream().map(Duration::parse).toList(),
                found.getList(MANDATORY, String.class, List.of()), found.getList(DIGEST, String.class, List.of()));
    }

    private static String key(String tenantId, String programId) {
        return tenantId + ":" + programId;
    }

    /**
     * A program as stored: categories by name, offsets null for "the defaults".
     *
     * @param mandatory category names, as published (unknown ones are left out when read)
     */
    record StoredProgram(String tenantId, String programId, String name, List<Duration> reminderOffsets,
            List<String> mandatory, List<String> digestRecipientIds) {
    }
}
