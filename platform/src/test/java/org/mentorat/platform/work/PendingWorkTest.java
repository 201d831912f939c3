package org.mentorat.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PendingWorkTest {

    private final PendingWork<String> work = new PendingWork<>();

    @Test
    void workIsTakenOnceInTheOrderItWasCreated() {
        work.created("a");
        work.created("b");

        assertThat(work.take()).containsExactly("a", "b");
        assertThat(work.take()).isEmpty();
        assertThat(work.takeOverflow()).isFalse();
    }

    @Test
    void beyondWhatIsKeptTheLoopIsToldOnceToLookForTheRest() {
        IntStream.rangeClosed(1, PendingWork.KEPT + 2).forEach(i -> work.created("w" + i));

        assertThat(work.take()).hasSize(PendingWork.KEPT).startsWith("w1");
        assertThat(work.takeOverflow()).isTrue();
        assertThat(work.takeOverflow()).isFalse();

        work.created("later");
        assertThat(work.take()).containsExactly("later");
    }

    @Test
    void createdWorkWakesTheLoopAndOneWakeUpServesManyCreations() throws InterruptedException {
        work.created("a");
        work.created("b");

        long start = System.nanoTime();
        work.await(10, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);

        start = System.nanoTime();
        work.await(50, TimeUnit.MILLISECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(45);
    }
}
