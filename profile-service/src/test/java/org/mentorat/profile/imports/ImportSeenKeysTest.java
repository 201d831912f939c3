package org.mentorat.profile.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The compact set that spots an employee number used twice in one file. */
class ImportSeenKeysTest {

    @Test
    void aKeyIsNewOnceAndSeenAfterwardsAcrossGrowth() {
        SeenKeys keys = new SeenKeys();

        assertThat(IntStream.range(0, 100_000).allMatch(i -> keys.add("E-" + i))).isTrue();
        assertThat(IntStream.range(0, 100_000).noneMatch(i -> keys.add("E-" + i))).isTrue();
        assertThat(keys.add("E-100000")).isTrue();
    }

    @Test
    void keysAreCaseSensitiveLikeTheUniqueIndex() {
        SeenKeys keys = new SeenKeys();

        assertThat(keys.add("e-1")).isTrue();
        assertThat(keys.add("E-1")).isTrue();
    }
}
