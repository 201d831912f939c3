package org.mentorat.session.health;

import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.events.session.GoalSet;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.events.session.MentorshipEnded;
import org.mentorat.events.session.MentorshipPaused;
import org.mentorat.events.session.MentorshipResumed;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SurveySubmitted;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/** What each event the program's health follows means for a mentorship's activity. */
@Component
class HealthEvents {

    private final HealthProjection projection;

    HealthEvents(HealthProjection projection) {
        this.projection = projection;
    }

    void started(MentorshipStarted started, IncomingEvent event) {
        HealthProjection.requireText(started.mentorId(), "mentorId", event);
        HealthProjection.requireText(started.menteeId(), "menteeId", event);
        if (started.startedAt() == null) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " lacks startedAt");
        }
        projection.apply(event, started.mentorshipId(), started.programId(),
                activity -> activity.started(started.mentorId(), started.menteeId(), started.startedAt()));
    }

    void paused(MentorshipPaused paused, IncomingEvent event) {
        projection.apply(event, paused.mentorshipId(), paused.programId(), MentorshipActivity::paused);
    }

    void resumed(MentorshipResumed resumed, IncomingEvent event) {
        projection.apply(event, resumed.mentorshipId(), resumed.programId(),
                activity -> activity.resumed(resumed.resumedAt() == null ? event.time().toInstant() : resumed.resumedAt()));
    }

    void completed(MentorshipCompleted completed, IncomingEvent event) {
        projection.apply(event, completed.mentorshipId(), completed.programId(),
                activity -> activity.ended(ActivityStatus.COMPLETED));
    }

    void ended(MentorshipEnded ended, IncomingEvent event) {
        projection.apply(event, ended.mentorshipId(), ended.programId(),
                activity -> activity.ended(ActivityStatus.ENDED_EARLY));
    }

    void sessionHeld(SessionCompleted completed, IncomingEvent event) {
        if (completed.completedAt() == null || completed.actualMinutes() < 0) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " lacks completedAt or minutes");
        }
        projection.apply(event, completed.mentorshipId(), completed.programId(),
                activity -> activity.sessionHeld(completed.completedAt(), completed.actualMinutes()));
    }

    void goalSet(GoalSet set, IncomingEvent event) {
        projection.apply(event, set.mentorshipId(), set.programId(), activity -> activity.tallied(Tallies::goalSet));
    }

    void goalAchieved(GoalAchieved achieved, IncomingEvent event) {
        projection.apply(event, achieved.mentorshipId(), achieved.programId(),
                activity -> activity.tallied(Tallies::goalAchieved));
    }

    void rated(FeedbackSubmitted feedback, IncomingEvent event) {
        requireWithin(feedback.rating(), 1, 5, "rating", event);
        projection.apply(event, feedback.mentorshipId(), feedback.programId(),
                activity -> activity.tallied(tallies -> tallies.rated(feedback.rating())));
    }

    void surveyed(SurveySubmitted survey, IncomingEvent event) {
        requireWithin(survey.recommendScore(), 0, 10, "recommendScore", event);
        projection.apply(event, survey.mentorshipId(), survey.programId(),
                activity -> activity.tallied(tallies -> tallies.recommended(survey.recommendScore())));
    }

    void programPublished(ProgramPublished published, IncomingEvent event) {
        projection.describeProgram(event, published.programId(), published.name(), published.stallAfterDays());
    }

    private static void requireWithin(int value, int min, int max, String name, IncomingEvent event) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has " + name + " " + value
                    + " outside " + min + ".." + max);
        }
    }
}
