package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A participant answered the closing survey of a mentorship. Subject: the survey id.
 *
 * @param recommendScore 0 to 10, "would you recommend this program"
 */
@EventType(SurveySubmitted.TYPE)
public record SurveySubmitted(
        String surveyId,
        String mentorshipId,
        String programId,
        String respondentId,
        int recommendScore,
        Instant submittedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.survey-submitted.v1";
}
