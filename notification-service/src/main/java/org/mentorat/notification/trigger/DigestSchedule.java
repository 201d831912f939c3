package org.mentorat.notification.trigger;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Looks every {@code digest-check-every} for the weekly digests whose moment has come. */
@Component
class DigestSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final ProgramDigests digests;
    private final TriggerProperties properties;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    DigestSchedule(ProgramDigests digests, TriggerProperties properties, Clock clock) {
        this.digests = digests;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("program-digests")
                .factory());
        long every = properties.digestCheckEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** A failed round is logged and the next one runs as planned (an exception would cancel the schedule). */
    private void check() {
        try {
            int scheduled = digests.sendDue(clock.instant());
            if (scheduled > 0) {
                log.info("{} program digests scheduled", scheduled);
            }
        } catch (RuntimeException e) {
            log.error("program digest check failed; retrying at the next interval", e);
        }
    }
}
