package org.mentorat.profile.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorat.platform.web.PayloadTooLargeException;

/** Uploads go to disk as they arrive, and no further than the configured size. */
class CsvFileTest {

    @TempDir
    Path directory;

    @Test
    void theBodyIsCopiedToAFile() throws IOException {
        Path file = CsvFile.spool(new ByteArrayInputStream(new byte[5000]), -1, directory, 5000);

        assertThat(Files.size(file)).isEqualTo(5000);
    }

    @Test
    void aBodyThatGrowsPastTheLimitIsRefusedAndLeavesNoFile() throws IOException {
        assertThatThrownBy(() -> CsvFile.spool(new ByteArrayInputStream(new byte[5001]), -1, directory, 5000))
                .isInstanceOf(PayloadTooLargeException.class);

        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        assertThatThrownBy(() -> CsvFile.spool(new ByteArrayInputStream(new byte[0]), 5001, directory, 5000))
                .isInstanceOf(PayloadTooLargeException.class);
    }
}
