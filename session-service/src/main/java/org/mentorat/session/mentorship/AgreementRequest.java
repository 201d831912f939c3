package org.mentorat.session.mentorship;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A participant's side of the mentoring agreement. Confidentiality is not optional: a mentorship
 * only works when what is said in it stays in it. {@code confirmed} false saves a draft.
 */
record AgreementRequest(
        @NotBlank @Size(max = 2000) String expectations,
        @NotNull @AssertTrue(message = "must be true: both sides keep what is said in the mentorship confidential")
        Boolean confidentialityAgreed,
        @NotNull Cadence cadence,
        @NotNull MeetingFormat format,
        @NotNull Boolean confirmed) {

    AgreementSide sideOf(String personId, Instant now) {
        return new AgreementSide(personId, expectations.strip(), true, cadence, format, confirmed ? now : null);
    }
}
