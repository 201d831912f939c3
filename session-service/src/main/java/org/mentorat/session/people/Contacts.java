package org.mentorat.session.people;

import java.util.Optional;
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

    public Optional<Contact> of(String tenantId, String personId) {
        return store.find(tenantId, personId);
    }

    /** Drops what this service knows to address the person; the next changes of theirs are ignored. */
    public void forget(String tenantId, String personId) {
        store.erase(tenantId, personId);
        log.info("contact details forgotten tenant={} aggregate={}", tenantId, personId);
    }
}
