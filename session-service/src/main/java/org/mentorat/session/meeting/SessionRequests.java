package org.mentorat.session.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mentorat.platform.web.Identifiers;

/** The small request bodies of a session's transitions. */
final class SessionRequests {

    private SessionRequests() {
    }

    record Cancel(@Size(max = 500) String reason) {
    }

    record Complete(
            @Min(1) @Max(480) Integer actualMinutes,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> topics,
            @Size(max = 5000) String note,
            NoteVisibility noteVisibility) {

        Completion completion() {
            return new Completion(actualMinutes, topics, note, noteVisibility);
        }
    }

    record NoShow(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = Identifiers.MAX_LENGTH) String> absentIds) {
    }

    record Note(@NotBlank @Size(max = 5000) String text, NoteVisibility visibility) {
    }
}
