package org.mentorat.profile.program;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.web.Page;
import org.springframework.stereotype.Service;

/** A tenant's programs; each change is stored with the events it caused in one write. */
@Service
public class Programs {

    private final ProgramStore store;
    private final Clock clock;

    Programs(ProgramStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Program create(String tenantId, ProgramDefinition definition) {
        Program program = Program.draft(EventIds.next(), definition, clock.instant());
        store.insert(tenantId, program);
        return program;
    }

    public Optional<Program> find(String tenantId, String programId) {
        return store.find(tenantId, programId);
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

    Page<Program> list(String tenantId, Collection<ProgramStatus> statuses, int page, int size) {
        return store.list(tenantId, statuses, page, size);
    }

    /** Stores the change only if nobody changed the program since it was read. */
    private Program store(String tenantId, Program current, Changed<Program> change) {
        if (!store.update(tenantId, current, change)) {
            throw new ConflictException("concurrent-change",
                    "Program " + current.id() + " changed since version " + current.version() + "; reload and retry.");
        }
        return get(tenantId, current.id());
    }
}
