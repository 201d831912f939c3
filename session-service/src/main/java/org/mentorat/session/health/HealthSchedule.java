package org.mentorat.session.health;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the stall check and the gauges' refresh in the background while the service runs. */
@Component
class HealthSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HealthSchedule.class);

    private final StallWatch stalls;
    private final ProgramGauges gauges;
    private final HealthProperties properties;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    HealthSchedule(StallWatch stalls, ProgramGauges gauges, HealthProperties properties, Clock clock) {
        this.stalls = stalls;
        this.gauges = gauges;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("program-health")
                .factory());
        long stallEvery = properties.stallCheckEvery().toMillis();
        long gaugesEvery = properties.gaugesRefreshEvery().toMillis();
        scheduler.scheduleWithFixedDelay(() -> run("stall check", () -> stalls.check(clock.instant())), stallEvery,
                stallEvery, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> run("gauges refresh", gauges::refresh), 0, gaugesEvery,
                TimeUnit.MILLISECONDS);
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
    private static void run(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("program health {} failed; retrying at the next interval", what, e);
        }
    }
}
