package org.mentorat.profile.program;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** A tenant's programs; each change is stored with the events it caused in one write. */
@Service
public class Programs {

    private final AggregateStore programs;
    private final Clock clock;

    Programs(@Qualifier("programStore") AggregateStore programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    Program create(String tenantId, ProgramDefinition definition) {
        Program program = Program.draft(EventIds.next(), definition, clock.instant());
        programs.insert(tenantId, program.id(), ProgramDocuments.toDocument(program), List.of());
        return program;
    }

    public Optional<Program> find(String tenantId, String programId) {
        return programs.find(tenantId, programId).map(ProgramDocuments::fromDocument);
    }

    Program get(String tenantId, String programId) {
        return find(tenantId, programId).orElseThrow(() -> new ResourceNotFoundException("program", programId));
    }

    Program publish(String tenantId, String programId) {
        Program current = get(tenantId, programId);
        return store(tenantId, current, current.publish(clock.instant()));
    }

    Program close(String tenantId, String programId) {
        Program current = get(tenantId, programId);
        return store(tenantId, current, current.close(clock.instant()));
    }

    Program revise(String tenantId, Program current, ProgramDefinition next) {
        return store(tenantId, current, current.revise(next));
    }

    ProgramPage list(String tenantId, Collection<ProgramStatus> statuses, int page, int size) {
        Bson filter = and(eq(AggregateStore.TENANT, tenantId),
                in("status", statuses.stream().map(Enum::name).toList()));
        List<Program> items = programs.collection().find(filter).sort(Sorts.ascending("_id"))
                .skip(page * size).limit(size).map(ProgramDocuments::fromDocument).into(new ArrayList<>());
        return new ProgramPage(items, page, size, programs.collection().countDocuments(filter));
    }

    /** Stores the change only if nobody changed the program since it was read. */
    private Program store(String tenantId, Program current, Program.Change change) {
        Document state = ProgramDocuments.toDocument(change.program());
        boolean stored = programs.update(tenantId, current.id(), current.version(),
                Updates.combine(state.entrySet().stream()
                        .map(field -> Updates.set(field.getKey(), field.getValue())).toList()),
                change.events());
        if (!stored) {
            throw new ConflictException("concurrent-change",
                    "Program " + current.id() + " changed since version " + current.version() + "; reload and retry.");
        }
        return get(tenantId, current.id());
    }
}
