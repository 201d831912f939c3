package org.mentorat.session.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record FeedbackRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @NotNull Helped helped,
        @Size(max = 2000) String comment) {
}
