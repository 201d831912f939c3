package org.mentorat.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The library rule fails on a fixture under {@code broken} that uses Spring, and names the class at fault. */
class LibraryArchitectureTest {

    private final LibraryArchitecture broken = new LibraryArchitecture(
            "org.mentorat.testkit.architecture.broken", location -> true) {
    };

    @Test
    void aLibraryClassUsingSpringFails() {
        assertThatThrownBy(broken::dependsOnNoInfrastructure).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Widget.named()").hasMessageContaining("StringUtils");
    }
}
