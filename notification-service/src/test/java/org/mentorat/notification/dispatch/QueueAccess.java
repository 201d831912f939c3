package org.mentorat.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.springframework.context.ApplicationContext;

/**
 * What the integration tests need of the queue beyond its public API: where a message stands, a
 * second instance's poller over the same store, and an instance that claims a message and dies.
 */
public final class QueueAccess {

    private final ApplicationContext context;
    private final DispatchStore store;
    private final Clock clock;

    public QueueAccess(ApplicationContext context) {
        this.context = context;
        this.store = context.getBean(DispatchStore.class);
        this.clock = context.getBean(Clock.class);
    }

    /** The stored id of the message scheduled under this key, e.g. the in-app notification's id. */
    public static String idOf(String tenantId, String key) {
        return Dispatch.idFor(tenantId, key);
    }

    /** Empty when no such message exists, or it was erased. */
    public Optional<String> statusOf(String tenantId, String key) {
        return find(tenantId, key).map(message -> message.status().name());
    }

    /** The states of the messages in a cancel group, e.g. {@code [CANCELLED]}. */
    public java.util.List<String> statusesIn(String tenantId, String cancelGroup) {
        return store.inGroup(tenantId, cancelGroup).stream().map(message -> message.status().name()).toList();
    }

    public int attemptsOf(String tenantId, String key) {
        return find(tenantId, key).map(Dispatch::attempts).orElse(0);
    }

    /** Another instance of the service, sending from the same store with its own workers. */
    public Instance anotherInstance(String name) {
        return new Instance(new DispatchPoller(store, context.getBean(ChannelSenders.class),
                context.getBean(DispatchProperties.class), context.getBean(DispatchMetrics.class), clock,
                Executors.newFixedThreadPool(4), name, new DispatchSignal()));
    }

    /** The message as a poller's due query reads it: its version then, to claim it at. */
    public Read readAsDue(String tenantId, String key) {
        Dispatch message = find(tenantId, key).orElseThrow();
        return new Read(new DispatchStore.Due(tenantId, message.id(), message.version()));
    }

    /** An instance claims the message it read earlier, as its poller does; false when the claim missed. */
    public boolean claim(Read read, String instance) {
        return store.claim(read.due, instance, clock.instant().plus(Duration.ofMinutes(2))).isPresent();
    }

    /** An instance claims the message for {@code claim} and dies before sending it. */
    public void claimAndCrash(String tenantId, String key, Duration claim) {
        Dispatch message = find(tenantId, key).orElseThrow();
        if (!store.update(message.claim("crashed-instance", clock.instant().plus(claim)))) {
            throw new IllegalStateException("someone else changed " + key + " meanwhile");
        }
    }

    private Optional<Dispatch> find(String tenantId, String key) {
        return store.find(tenantId, Dispatch.idFor(tenantId, key));
    }

    /** What a poller read of a due message, opaque to the tests. */
    public static final class Read {

        private final DispatchStore.Due due;

        private Read(DispatchStore.Due due) {
            this.due = due;
        }
    }

    /** A poller of its own, as a second service instance runs it. */
    public static final class Instance implements AutoCloseable {

        private final DispatchPoller poller;

        private Instance(DispatchPoller poller) {
            this.poller = poller;
        }

        public int pollOnce() {
            return poller.pollOnce();
        }

        @Override
        public void close() throws InterruptedException {
            poller.close();
        }
    }
}
