package org.mentorat.profile.privacy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * An erasure and the receipts it waits for: one per service that holds personal data. It is
 * COMPLETED once every expected service has confirmed.
 */
record Erasure(String id, @JsonIgnore long version, String personId, Status status, Instant requestedAt,
        Instant completedAt, List<Receipt> services) {

    enum Status {
        PENDING, COMPLETED
    }

    /**
     * @param completedAt when the service says it finished erasing
     * @param receivedAt when its receipt reached profile-service
     */
    record Receipt(String service, Confirmation status, Instant completedAt, Instant receivedAt) {
    }

    enum Confirmation {
        PENDING, CONFIRMED
    }

    boolean awaits(String service) {
        return services.stream().anyMatch(receipt -> receipt.service().equals(service)
                && receipt.status() == Confirmation.PENDING);
    }

    static Erasure fromDocument(Document d) {
        Document confirmations = d.get("confirmations", Document.class);
        List<Receipt> receipts = d.getList("expected", String.class).stream().map(service -> {
            Document confirmation = confirmations == null ? null : confirmations.get(service, Document.class);
            return confirmation == null ? new Receipt(service, Confirmation.PENDING, null, null)
                    : new Receipt(service, Confirmation.CONFIRMED, instant(confirmation.getDate("completedAt")),
                            instant(confirmation.getDate("receivedAt")));
        }).toList();
        return new Erasure(d.getString("_id"), ((Number) d.get("version")).longValue(), d.getString("personId"),
                Status.valueOf(d.getString("status")), instant(d.getDate("requestedAt")),
                instant(d.getDate("completedAt")), receipts);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
