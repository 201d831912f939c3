package org.mentorat.matching.readmodel;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Published programs' matching settings, as profile-service published them. */
@Service
public class Programs {

    private final ProgramStore store;

    Programs(ProgramStore store) {
        this.store = store;
    }

    public Optional<Program> find(String tenantId, String programId) {
        return store.find(tenantId, programId);
    }
}
