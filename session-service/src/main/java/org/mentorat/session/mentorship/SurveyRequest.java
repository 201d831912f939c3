package org.mentorat.session.mentorship;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The closing survey: a reflection (what was achieved, what one takes away), what worked, and 0..10. */
record SurveyRequest(
        @NotBlank @Size(max = 2000) String achieved,
        @NotBlank @Size(max = 2000) String takeaway,
        @Size(max = 2000) String whatWorked,
        @NotNull @Min(0) @Max(10) Integer recommendScore) {

    ClosingSurvey surveyOf(String surveyId, String respondentId, Instant now) {
        return new ClosingSurvey(surveyId, respondentId, recommendScore, achieved.strip(), takeaway.strip(),
                Texts.orNull(whatWorked), now);
    }
}
