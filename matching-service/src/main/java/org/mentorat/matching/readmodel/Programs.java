package org.mentorat.matching.readmodel;

import java.util.Optional;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/** Published programs' matching settings, as profile-service published them, and whether they closed. */
@Service
public class Programs {

    private final ProgramStore store;

    Programs(ProgramStore store) {
        this.store = store;
    }

    public Optional<Program> find(String tenantId, String programId) {
        return store.find(tenantId, programId);
    }

    /** The program, to propose someone in it: 404 if unknown, 409 {@code program-closed} once closed. */
    public Program open(String tenantId, String programId) {
        Program program = find(tenantId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("program", programId));
        if (program.closed()) {
            throw new ConflictException("program-closed",
                    "Program " + programId + " is closed: nobody is proposed in it any more.");
        }
        return program;
    }
}
