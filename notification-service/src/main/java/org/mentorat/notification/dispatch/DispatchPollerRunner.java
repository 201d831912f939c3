package org.mentorat.notification.dispatch;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the poller on its own thread: again at once after a full batch, otherwise after the poll
 * interval or as soon as a message is scheduled for now. A failed pass (database down) is logged
 * and the loop carries on: nothing is lost, the messages wait in the store.
 */
final class DispatchPollerRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchPollerRunner.class);

    private final DispatchPoller poller;
    private final DispatchSignal signal;
    private final DispatchProperties properties;
    private volatile boolean running;
    private Thread thread;

    DispatchPollerRunner(DispatchPoller poller, DispatchSignal signal, DispatchProperties properties) {
        this.poller = poller;
        this.signal = signal;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("dispatch-poller").daemon().start(this::loop);
    }

    private void loop() {
        while (running) {
            try {
                if (poller.pollOnce() < properties.batchSize()) {
                    signal.await(poller.millisUntilNextLook(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("dispatch pass failed, retrying: {}", e.toString());
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
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
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
        // stop before the Kafka producer and the Mongo client are closed
        return Integer.MAX_VALUE - 200;
    }
}
