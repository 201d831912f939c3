package org.mentorat.session.program;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.Optional;
import org.bson.Document;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/**
 * Programs as profile-service announced them, one document per program and tenant. Each document
 * remembers the program's last applied sequence, so a redelivered or replayed event changes nothing.
 */
@Component
class ProgramStore {

    private final MongoCollection<Document> programs;

    /** A read model, not an aggregate: it publishes nothing, so it needs no outbox. */
    ProgramStore(MongoDatabase database) {
        this.programs = database.getCollection("programs");
    }

    /** @return false for a duplicate or out-of-date event */
    boolean published(ProgramPublished published, IncomingEvent event) {
        return ReadModels.applyIfNewer(programs, idOf(event.tenantId(), published.programId()), event,
                Updates.combine(
                        Updates.set("programId", published.programId()),
                        Updates.set("type", ProgramType.of(published.type()).name()),
                        Updates.set("relationshipWeeks", published.relationshipWeeks()),
                        Updates.set("sessionCadenceWeeks", published.sessionCadenceWeeks()),
                        Updates.set("stallAfterDays", published.stallAfterDays() == null
                                ? ProgramTerms.DEFAULT_STALL_AFTER_DAYS : published.stallAfterDays())));
    }

    /** @return false for a duplicate or out-of-date event */
    boolean closed(ProgramClosed closed, IncomingEvent event) {
        return ReadModels.applyIfNewer(programs, idOf(event.tenantId(), closed.programId()), event,
                Updates.combine(Updates.set("programId", closed.programId()), Updates.set("closedAt", closed.closedAt())));
    }

    /** Only programs whose publication was seen: a close alone tells nothing of the terms. */
    Optional<ProgramTerms> find(String tenantId, String programId) {
        Document found = programs.find(and(eq("_id", idOf(tenantId, programId)), eq("tenantId", tenantId))).first();
        if (found == null || found.getString("type") == null) {
            return Optional.empty();
        }
        return Optional.of(new ProgramTerms(programId, ProgramType.valueOf(found.getString("type")),
                found.getInteger("relationshipWeeks", 0), found.getInteger("sessionCadenceWeeks", 0),
                found.getInteger("stallAfterDays", ProgramTerms.DEFAULT_STALL_AFTER_DAYS),
                found.get("closedAt") != null));
    }

    /** Program ids are the producer's; the tenant in the key keeps two tenants' programs apart whatever their ids. */
    private static String idOf(String tenantId, String programId) {
        return tenantId + "/" + programId;
    }
}
