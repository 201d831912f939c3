package org.mentorat.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessWaiterTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ReadinessWaiter waiter = new ReadinessWaiter(
            Duration.ofSeconds(2), Duration.ofMillis(5), Duration.ofMillis(20), new PrintStream(console, true, StandardCharsets.UTF_8));

    @Test
    void waitsForEveryProcessAndSaysWhenEachIsReady() throws Exception {
        var quick = new Scripted("profile-service", 1, -1, "");
        var slow = new Scripted("gateway", 5, -1, "");

        var readyAfter = waiter.awaitAll(List.of(slow, quick));

        assertThat(readyAfter.keySet()).containsExactly("profile-service", "gateway");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("ready: profile-service").contains("ready: gateway");
    }

    @Test
    void givesUpAsSoonAsAProcessExitsAndShowsTheEndOfItsLog() {
        var healthy = new Scripted("profile-service", 1_000, -1, "");
        var crashing = new Scripted("session-service", 1_000, 2, "line 1\nAPPLICATION FAILED TO START");

        assertThatThrownBy(() -> waiter.awaitAll(List.of(healthy, crashing)))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("session-service exited with code 1")
                .hasMessageContaining("APPLICATION FAILED TO START")
                .hasMessageNotContaining("profile-service");
        assertThat(healthy.polls).as("fail fast, not at the timeout").isLessThan(10);
    }

    @Test
    void namesWhoIsNotReadyWhenTimeIsUp() {
        var ready = new Scripted("profile-service", 1, -1, "");
        var stuck = new Scripted("matching-service", Integer.MAX_VALUE, -1, "waiting for Kafka");
        ReadinessWaiter impatient = new ReadinessWaiter(
                Duration.ofMillis(100), Duration.ofMillis(5), Duration.ofMillis(20), new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> impatient.awaitAll(List.of(ready, stuck)))
                .isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("matching-service not ready after 0.1 s")
                .hasMessageContaining("waiting for Kafka");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("waiting for matching-service");
    }

    /** Becomes ready at poll {@code readyAtPoll}, or exits with code 1 at poll {@code exitsAtPoll}. */
    private static final class Scripted implements AwaitedProcess {

        private final String name;
        private final int readyAtPoll;
        private final int exitsAtPoll;
        private final String log;
        int polls;

        Scripted(String name, int readyAtPoll, int exitsAtPoll, String log) {
            this.name = name;
            this.readyAtPoll = readyAtPoll;
            this.exitsAtPoll = exitsAtPoll;
            this.log = log;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean hasExited() {
            polls++;
            return exitsAtPoll >= 0 && polls >= exitsAtPoll;
        }

        @Override
        public int exitCode() {
            return 1;
        }

        @Override
        public boolean isReady() {
            return polls >= readyAtPoll;
        }

        @Override
        public String logTail(int lines) {
            return log;
        }
    }
}
