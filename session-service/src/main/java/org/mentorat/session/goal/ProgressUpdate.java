package org.mentorat.session.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** Where the measure stood on a day, with a note from whoever of the pair recorded it. */
public record ProgressUpdate(String id, LocalDate date, double value, @Schema(maxLength = 2000) String note, String authorId,
        Instant recordedAt) {

    ProgressUpdate withoutNote() {
        return new ProgressUpdate(id, date, value, null, authorId, recordedAt);
    }
}
