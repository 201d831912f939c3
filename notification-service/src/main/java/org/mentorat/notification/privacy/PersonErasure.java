package org.mentorat.notification.privacy;

import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.notification.inbox.Inbox;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.privacy.ErasureReceipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers ProfileErasureRequested: erases the person's inbox, then confirms with the kit's
 * receipt. In that order, so a crash in between re-runs the (idempotent) erasure on redelivery
 * and only then confirms. A replayed request erases nothing more and, since the kit gives one
 * receipt per erasure id, confirms nothing twice.
 */
@Service
public class PersonErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonErasure.class);

    private final Inbox inbox;
    private final ErasureReceipts receipts;

    PersonErasure(Inbox inbox, ErasureReceipts receipts) {
        this.inbox = inbox;
        this.receipts = receipts;
    }

    public void on(ProfileErasureRequested requested, IncomingEvent event) {
        require(requested.erasureId(), "erasureId");
        require(requested.personId(), "personId");
        long erased = inbox.eraseRecipient(event.tenantId(), requested.personId());
        boolean confirmed = receipts.confirm(event.tenantId(), requested.erasureId(), requested.personId());
        log.info("erasure {} tenant={} aggregate={} eventId={}: {} notifications erased, {}", requested.erasureId(),
                event.tenantId(), requested.personId(), event.id(), erased, confirmed ? "confirmed" : "already confirmed");
    }

    /** An erasure without its ids can never be applied: it is dead-lettered, not silently confirmed. */
    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the erasure request lacks " + name);
        }
    }
}
