package org.mentorat.session.mentorship;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Puts a mentorship on hold until {@code resumeOn}, a date after today; the reason is optional. */
record PauseRequest(@NotNull @Future LocalDate resumeOn, @Size(max = 500) String reason) {

    String reasonText() {
        return Texts.orNull(reason);
    }
}
