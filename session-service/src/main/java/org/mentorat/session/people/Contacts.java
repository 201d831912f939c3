package org.mentorat.session.people;

import java.util.Optional;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.platform.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Session-service's read model of how to address people, fed by profile's ContactDetailsChanged. */
@Service
public class Contacts {

    private static final Logger log = LoggerFactory.getLogger(Contacts.class);

    private final ContactStore store;

    Contacts(ContactStore store) {
        this.store = store;
    }

    /** Applies a change over an older one; a redelivered or stale change is skipped. */
    void record(ContactDetailsChanged changed, IncomingEvent event) {
        if (changed.personId() == null || changed.personId().isBlank()) {
            throw new IllegalArgumentException("ContactDetailsChanged lacks personId");
        }
        boolean applied = store.record(changed, event);
        log.info("contact details {} tenant={} aggregate={} eventId={}", applied ? "recorded" : "already newer",
                event.tenantId(), changed.personId(), event.id());
    }

    public Optional<Contact> of(String tenantId, String personId) {
        return store.find(tenantId, personId);
    }

    /** Drops what this service knows to address the person; the next changes of theirs are ignored. */
    public void forget(String tenantId, String personId) {
        store.erase(tenantId, personId);
        log.info("contact details forgotten tenant={} aggregate={}", tenantId, personId);
    }
}
