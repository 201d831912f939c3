package org.mentorat.session.mentorship;

import java.time.Instant;

/**
 * One participant's closing survey: a reflection ({@code achieved}, {@code takeaway}), what worked,
 * and the 0..10 "would you recommend this program" score. The texts are null when left out or
 * erased; the score and the respondent's pseudonymous id stay.
 */
public record ClosingSurvey(
        String surveyId,
        String respondentId,
        int recommendScore,
        String achieved,
        String takeaway,
        String whatWorked,
        Instant submittedAt) {

    ClosingSurvey withoutWords() {
        return new ClosingSurvey(surveyId, respondentId, recommendScore, null, null, null, submittedAt);
    }
}
