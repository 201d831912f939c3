package org.mentorat.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import org.mentorat.platform.store.Changed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The durable queue of outgoing messages: what triggers schedule, what the poller sends at its
 * time, exactly once as the recipient sees it. Scheduling is insert-once on the message's key, so
 * a trigger may schedule again for every redelivery of its event.
 */
@Service
public class Dispatches {

    private static final Logger log = LoggerFactory.getLogger(Dispatches.class);

    private final DispatchStore store;
    private final DispatchSignal signal;
    private final Clock clock;

    Dispatches(DispatchStore store, DispatchSignal signal, Clock clock) {
        this.store = store;
        this.signal = signal;
        this.clock = clock;
    }

    /** @return false when a message with this key was already scheduled in the tenant (a replay): nothing changed */
    public boolean schedule(OutgoingMessage message) {
        Instant now = clock.instant();
        Changed<Dispatch> scheduled = Dispatch.schedule(message, now);
        boolean fresh = store.insertOnce(scheduled);
        if (fresh && !message.dueAt().isAfter(now)) {
            signal.created(new DispatchSignal.Scheduled(message.tenantId(), scheduled.state().id(),
                    store.versionOnceStored(scheduled)));
        }
        log.debug("{} tenant={} aggregate={} key={} channel={} kind={} due={}", fresh ? "scheduled" : "already scheduled",
                message.tenantId(), scheduled.state().id(), message.id(), message.channel(), message.kind(),
                message.dueAt());
        return fresh;
    }

    /**
     * Cancels the group's messages that are still waiting (pending or between tries); sent,
     * failed and dropped ones stay as they are. Idempotent.
     *
     * @return how many messages this call cancelled
     */
    public long cancel(String tenantId, String cancelGroup) {
        long cancelled = store.cancel(tenantId, cancelGroup, clock.instant());
        log.debug("cancelled {} messages tenant={} group={}", cancelled, tenantId, cancelGroup);
        return cancelled;
    }

    /**
     * Forgets every message to the person, waiting or past: none of them is sent any more and
     * nothing of them stays but ids. Idempotent.
     *
     * @return how many messages this call erased
     */
    public long eraseRecipient(String tenantId, String recipientId) {
        return store.eraseRecipient(tenantId, recipientId);
    }
}
