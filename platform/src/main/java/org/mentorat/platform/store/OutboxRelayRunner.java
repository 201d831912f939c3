package org.mentorat.platform.store;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on its own thread: woken at once by new writes, otherwise every poll interval.
 * Errors (broker or database down) are logged and the loop carries on; nothing is lost because
 * unsent events stay in the outbox.
 */
final class OutboxRelayRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);

    private final OutboxRelay relay;
    private final OutboxSignal signal;
    private final OutboxProperties properties;
    private volatile boolean running;
    private ExecutorService executor;

    OutboxRelayRunner(OutboxRelay relay, OutboxSignal signal, OutboxProperties properties) {
        this.relay = relay;
        this.signal = signal;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
        executor.submit(this::loop);
    }

    private void loop() {
        while (running) {
            try {
                relay.relayPending();
                signal.await(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay pass failed, retrying: {}", e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            signal.await(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop before the Kafka producer and Mongo client are closed
        return Integer.MAX_VALUE - 100;
    }
}
