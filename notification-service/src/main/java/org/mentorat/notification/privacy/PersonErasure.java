package org.mentorat.notification.privacy;

import java.util.List;
import java.util.stream.Collectors;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.privacy.ErasureReceipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers ProfileErasureRequested: every feature that keeps something about the person erases
 * it (each an {@link ErasesPerson}), then the kit's receipt confirms. In that order, so a crash
 * in between re-runs the (idempotent) erasures on redelivery and only then confirms. A replayed
 * request erases nothing more and, since the kit gives one receipt per erasure id, confirms
 * nothing twice.
 */
@Service
public class PersonErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonErasure.class);

    private final List<ErasesPerson> features;
    private final ErasureReceipts receipts;

    PersonErasure(List<ErasesPerson> features, ErasureReceipts receipts) {
        this.features = List.copyOf(features);
        this.receipts = receipts;
    }

    public void on(ProfileErasureRequested requested, IncomingEvent event) {
        require(requested.erasureId(), "erasureId");
        require(requested.personId(), "personId");
        String erased = features.stream()
                .map(feature -> feature.erase(event.tenantId(), requested.personId()) + " " + feature.what())
                .collect(Collectors.joining(", "));
        boolean confirmed = receipts.confirm(event.tenantId(), requested.erasureId(), requested.personId());
        log.info("erasure {} tenant={} aggregate={} eventId={}: erased {}, {}", requested.erasureId(),
                event.tenantId(), requested.personId(), event.id(), erased, confirmed ? "confirmed" : "already confirmed");
    }

    /** An erasure without its ids can never be applied: it is dead-lettered, not silently confirmed. */
    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the erasure request lacks " + name);
        }
    }
}
