package org.mentorat.profile.privacy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * An erasure and the receipts it waits for: one per service that holds personal data. It is
 * COMPLETED once every expected service has confirmed.
 */
record Erasure(String id, @JsonIgnore String tenantId, @JsonIgnore long version, String personId, Status status,
        Instant requestedAt, Instant completedAt, @Size(max = 16) List<Receipt> services) {

    /** An opened erasure, and whether this request created it (false: it had been requested before). */
    record Opened(Erasure erasure, boolean created) {
    }

    enum Status {
        PENDING, COMPLETED
    }

    /**
     * @param completedAt when the service says it finished erasing
     * @param receivedAt when its receipt reached profile-service
     */
    record Receipt(@Schema(maxLength = 64, example = "matching-service") String service, Confirmation status, Instant completedAt, Instant receivedAt) {
    }

    enum Confirmation {
        PENDING, CONFIRMED
    }

    boolean awaits(String service) {
        return services.stream().anyMatch(receipt -> receipt.service().equals(service)
                && receipt.status() == Confirmation.PENDING);
    }
}
