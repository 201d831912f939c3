package org.mentorat.session.program;

import java.util.Optional;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The terms of the programs profile-service published, as this service last heard them. */
@Service
public class Programs {

    private static final Logger log = LoggerFactory.getLogger(Programs.class);

    private final ProgramStore store;

    Programs(ProgramStore store) {
        this.store = store;
    }

    /** Empty until the program's ProgramPublished has been consumed here. */
    public Optional<ProgramTerms> terms(String tenantId, String programId) {
        return store.find(tenantId, programId);
    }

    void published(ProgramPublished published, IncomingEvent event) {
        requireText(published.programId(), "ProgramPublished lacks programId");
        if (!store.published(published, event)) {
            log.info("program {} tenant={} eventId={}: already known, skipped", published.programId(),
                    event.tenantId(), event.id());
        }
    }

    void closed(ProgramClosed closed, IncomingEvent event) {
        requireText(closed.programId(), "ProgramClosed lacks programId");
        if (!store.closed(closed, event)) {
            log.info("program {} tenant={} eventId={}: close already applied, skipped", closed.programId(),
                    event.tenantId(), event.id());
        }
    }

    private static void requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }
}
