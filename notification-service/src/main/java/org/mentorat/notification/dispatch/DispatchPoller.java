package org.mentorat.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.mentorat.platform.store.Changed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance's sending loop body. A pass takes the due messages, and for each one claims it (a
 * versioned write that returns what it claimed, so of several instances reading the same message
 * only one claim succeeds), then drops it if its moment has passed, or sends it through its
 * channel, and records the outcome: two round trips to the store a message. A crash after sending
 * and before recording leaves the claim to expire: the message is sent again, at least once in
 * all, and recognisably the same.
 */
final class DispatchPoller implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DispatchPoller.class);

    private final DispatchStore store;
    private final ChannelSenders senders;
    private final DispatchProperties properties;
    private final Backoff backoff;
    private final DispatchMetrics metrics;
    private final Clock clock;
    private final ExecutorService workers;
    private final String owner;
    private final DispatchSignal signal;
    /** On the machine's monotonic clock, not the business clock (which tests move or stop). */
    private long nextLookNanos = System.nanoTime();

    DispatchPoller(DispatchStore store, ChannelSenders senders, DispatchProperties properties, DispatchMetrics metrics,
            Clock clock, ExecutorService workers, String owner, DispatchSignal signal) {
        this.store = store;
        this.senders = senders;
        this.properties = properties;
        this.backoff = properties.backoff();
        this.metrics = metrics;
        this.clock = clock;
        this.workers = workers;
        this.owner = owner;
        this.signal = signal;
    }

    /**
     * Tries the messages this instance just scheduled for now, then, at most once a poll interval
     * (at once again after a full batch), every due message of the queue.
     *
     * @return how many messages the pass tried (a full batch means: look again at once)
     */
    int pollOnce() {
        Instant now = clock.instant();
        Map<String, DispatchStore.Due> due = new LinkedHashMap<>();
        for (DispatchSignal.Scheduled scheduled : signal.take()) {
            due.put(scheduled.id(), new DispatchStore.Due(scheduled.tenantId(), scheduled.id(), scheduled.version()));
        }
        long nanos = System.nanoTime();
        if (signal.takeOverflow() || nanos - nextLookNanos >= 0) {
            List<DispatchStore.Due> found = store.due(now, properties.batchSize());
            nextLookNanos = found.size() == properties.batchSize() ? nanos : nanos + properties.pollInterval().toNanos();
            found.forEach(message -> due.putIfAbsent(message.id(), message));
        }
        CompletableFuture.allOf(due.values().stream()
                        .map(message -> CompletableFuture.runAsync(() -> attempt(message), workers))
                        .toArray(CompletableFuture[]::new))
                .join();
        return due.size();
    }

    /** How long the loop may wait for new work before the next look over the queue is due. */
    long millisUntilNextLook() {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(nextLookNanos - System.nanoTime()));
    }

    /** Lets the messages being sent finish, for a while, so that their outcome is recorded. */
    @Override
    public void close() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    /**
     * Claims the message at the version the due query read, with no read before: a message that
     * changed since (claimed by another instance, cancelled, erased) is left alone. One whose
     * moment has passed is dropped once claimed, so that only one instance records it.
     */
    private void attempt(DispatchStore.Due due) {
        Instant now = clock.instant();
        Optional<Dispatch> claimed = store.claim(due, owner, now.plus(properties.claim()));
        if (claimed.isEmpty()) {
            return;
        }
        Dispatch message = claimed.get();
        if (message.isTooLate(now)) {
            record(message.drop(now));
            return;
        }
        deliver(message);
    }

    private void deliver(Dispatch claimed) {
        Changed<Dispatch> outcome;
        try {
            senders.send(claimed);
            outcome = claimed.sent(clock.instant());
        } catch (DeliveryFailure failure) {
            outcome = claimed.failed(failure.getMessage(), failure.permanent(), backoff, clock.instant());
            log.warn("delivery failed ({}) tenant={} aggregate={} channel={} try={}: {}",
                    failure.permanent() ? "permanent" : "retryable", claimed.tenantId(), claimed.id(),
                    claimed.channel(), outcome.state().attempts(), failure.getMessage());
        }
        record(outcome);
    }

    private void record(Changed<Dispatch> outcome) {
        Dispatch message = outcome.state();
        if (store.update(outcome)) {
            metrics.tried(message);
            log.debug("{} tenant={} aggregate={} channel={} kind={}", message.status(), message.tenantId(), message.id(),
                    message.channel(), message.kind());
        } else {
            // cancelled or erased while being sent, or held past its claim and taken over by another instance
            log.warn("outcome {} not recorded, the message changed meanwhile tenant={} aggregate={}", message.status(),
                    message.tenantId(), message.id());
        }
    }
}
