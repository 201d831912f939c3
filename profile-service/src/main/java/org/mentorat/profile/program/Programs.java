package org.mentorat.profile.program;

import java.util.List;
import java.util.Optional;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.outbox.AggregateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

@Service
public class Programs {

    private final AggregateStore programs;

    Programs(@Qualifier("programStore") AggregateStore programs) {
        this.programs = programs;
    }

    Program create(String tenantId, NewProgram request) {
        Program program = new Program(EventIds.next(), request.name(),
                request.type() == null ? ProgramType.ONE_TO_ONE : request.type(), request.description());
        programs.insert(tenantId, program.id(), program.toDocument(), List.of());
        return program;
    }

    public Optional<Program> find(String tenantId, String programId) {
        return programs.find(tenantId, programId).map(Program::fromDocument);
    }
}
