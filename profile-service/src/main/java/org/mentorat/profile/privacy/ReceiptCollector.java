package org.mentorat.profile.privacy;

import java.util.regex.Pattern;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.platform.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Collects the ErasureCompleted receipts of every service from {@code privacy-receipts}. A receipt
 * counts only if it comes from the service it names ({@code ce_source}), for an erasure of the
 * same tenant and person that still waits for that service; anything else is logged and skipped.
 */
@Component
class ReceiptCollector {

    private static final Logger log = LoggerFactory.getLogger(ReceiptCollector.class);
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final ErasureStore erasures;

    ReceiptCollector(ErasureStore erasures) {
        this.erasures = erasures;
    }

    void record(ErasureCompleted receipt, IncomingEvent event) {
        if (!SERVICE_NAME.matcher(String.valueOf(receipt.service())).matches()
                || !event.source().equals("/" + receipt.service())) {
            log.warn("ignoring erasure receipt {} from {} naming service {}", event.id(), event.source(),
                    receipt.service());
            return;
        }
        if (erasures.confirm(event.tenantId(), receipt)) {
            log.info("erasure {} tenant={} confirmed by {}", receipt.erasureId(), event.tenantId(), receipt.service());
        } else {
            log.debug("erasure receipt {} changed nothing (duplicate, or no such pending erasure)", event.id());
        }
    }
}
