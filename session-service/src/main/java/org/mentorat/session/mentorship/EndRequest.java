package org.mentorat.session.mentorship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Ends a mentorship before its planned end; the reason is kept for the program's administrators. */
record EndRequest(@NotBlank @Size(max = 500) String reason) {

    String reasonText() {
        return Texts.orNull(reason);
    }
}
