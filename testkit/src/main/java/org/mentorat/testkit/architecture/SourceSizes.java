package org.mentorat.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Counts the lines of a module's main sources; run from the module's directory, as Surefire does. */
final class SourceSizes {

    private SourceSizes() {
    }

    static void assertNoneLongerThan(Path sources, int maxLines) throws IOException {
        if (!Files.isDirectory(sources)) {
            return;
        }
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(sources)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> new Object[] {file, lines(file)})
                    .filter(entry -> (long) entry[1] > maxLines)
                    .map(entry -> sources.relativize((Path) entry[0]) + " (" + entry[1] + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("main classes over %d lines: split them by responsibility", maxLines).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
