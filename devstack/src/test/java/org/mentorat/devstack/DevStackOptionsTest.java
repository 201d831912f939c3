package org.mentorat.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevStackOptionsTest {

    private static final Path HOME = Path.of("/home/dev");

    @Test
    void keepsTheDataInTheRepositorysDataFolderUnlessToldOtherwise() {
        DevStackOptions options = DevStackOptions.parse(new String[] {"--root", "/src/mentorat"}, HOME);

        assertThat(options.data()).isEqualTo(Path.of("/src/mentorat/data"));
        assertThat(options.logs()).isEqualTo(Path.of("/src/mentorat/data/logs"));
        assertThat(options.demo()).isFalse();
    }

    @Test
    void resolvesARelativeDataFolderAgainstWhereTheCommandWasTyped() {
        DevStackOptions options = DevStackOptions.parse(new String[] {"--root", "/src/mentorat", "--data", "scratch/../run1", "--demo"}, HOME);

        assertThat(options.data()).isEqualTo(Path.of("/home/dev/run1"));
        assertThat(options.demo()).isTrue();
    }

    @Test
    void refusesAnUnknownOptionOrAMissingValueWithTheUsage() {
        assertThatThrownBy(() -> DevStackOptions.parse(new String[] {"--dta", "x"}, HOME))
                .hasMessageContaining("unknown option --dta").hasMessageContaining("Usage:");
        assertThatThrownBy(() -> DevStackOptions.parse(new String[] {"--data"}, HOME))
                .hasMessageContaining("--data needs a value");
    }
}
