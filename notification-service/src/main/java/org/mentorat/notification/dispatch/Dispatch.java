package org.mentorat.notification.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorat.events.notification.NotificationFailed;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;

/**
 * One outgoing message and how its delivery stands. It is claimed by one instance at a time
 * ({@code claimedBy} until {@code claimedUntil}), then settles as SENT or, after its tries, FAILED,
 * each with its event in the document's outbox. Once settled it keeps ids and times only: the
 * written content and attachments are dropped, nothing personal stays that is not needed.
 *
 * <p>Public, like the types it holds, because the store maps it with the driver's record codec.
 */
public record Dispatch(
        String id,
        String tenantId,
        String key,
        String recipientId,
        Channel channel,
        NotificationKind kind,
        String relatedId,
        String address,
        DispatchContent content,
        List<Attachment> attachments,
        Instant dueAt,
        Instant notAfter,
        String cancelGroup,
        DispatchStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastFailure,
        Instant settledAt,
        String claimedBy,
        Instant claimedUntil,
        Instant createdAt,
        long version) implements Aggregate {

    public Dispatch {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * The stored id: the caller's key within its tenant. Deriving it keeps two tenants that chose
     * the same key apart, and the same key in one tenant collides on {@code _id}.
     */
    static String idFor(String tenantId, String key) {
        return UUID.nameUUIDFromBytes(("dispatch:" + tenantId + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static Changed<Dispatch> schedule(OutgoingMessage message, Instant now) {
        return Changed.of(new Dispatch(idFor(message.tenantId(), message.id()), message.tenantId(), message.id(),
                message.recipientId(), message.channel(), message.kind(), message.relatedId(), message.address(),
                DispatchContent.of(message.content(), message.details()), message.attachments(), message.dueAt(), message.notAfter(),
                message.cancelGroup(), DispatchStatus.PENDING, 0, message.dueAt(), null, null, null, null, now, 0));
    }

    /** Waiting, its time has come and no instance holds it. */
    boolean isDue(Instant now) {
        return status.isWaiting() && !nextAttemptAt.isAfter(now) && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    /** Its moment has passed: sending it now would say something no longer true. */
    boolean isTooLate(Instant now) {
        return notAfter != null && now.isAfter(notAfter);
    }

    Changed<Dispatch> claim(String owner, Instant until) {
        return Changed.of(waiting(status, attempts, nextAttemptAt, lastFailure, owner, until));
    }

    Changed<Dispatch> drop(Instant now) {
        return Changed.of(settled(DispatchStatus.DROPPED, attempts, lastFailure, now));
    }

    Changed<Dispatch> sent(Instant now) {
        return Changed.of(settled(DispatchStatus.SENT, attempts + 1, null, now),
                new NotificationSent(id, recipientId, kind.name(), channel.name(), relatedId, now));
    }

    /**
     * A try failed: another comes after the backoff's delay, unless the failure is permanent or
     * this was the last try, which settles the message as FAILED and says so.
     */
    Changed<Dispatch> failed(String reason, boolean permanent, Backoff backoff, Instant now) {
        int tries = attempts + 1;
        Optional<Duration> wait = permanent ? Optional.empty() : backoff.delayAfter(tries);
        if (wait.isPresent()) {
            return Changed.of(waiting(DispatchStatus.RETRY, tries, now.plus(wait.get()), reason, null, null));
        }
        return Changed.of(settled(DispatchStatus.FAILED, tries, reason, now),
                new NotificationFailed(id, recipientId, kind.name(), channel.name(), relatedId, tries, reason, now));
    }

    private Dispatch waiting(DispatchStatus next, int tries, Instant nextAttempt, String failure, String owner,
            Instant until) {
        return new Dispatch(id, tenantId, key, recipientId, channel, kind, relatedId, address, content, attachments,
                dueAt, notAfter, cancelGroup, next, tries, nextAttempt, failure, null, owner, until, createdAt, version);
    }

    private Dispatch settled(DispatchStatus outcome, int tries, String failure, Instant now) {
        return new Dispatch(id, tenantId, key, recipientId, channel, kind, relatedId, address, null, null, dueAt,
                notAfter, cancelGroup, outcome, tries, nextAttemptAt, failure, now, null, null, createdAt, version);
    }
}
