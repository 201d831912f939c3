package org.mentorat.session.goal;

import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;
import static org.mentorat.session.mentorship.MentorshipMother.MENTOR;

import java.time.Instant;
import java.time.LocalDate;
import org.mentorat.platform.security.Caller;
import org.mentorat.security.Role;
import org.mentorat.session.mentorship.MentorshipMother;

/** Test data: goals of {@link MentorshipMother#active()} at each point of their life, and who works on them. */
final class GoalMother {

    static final Instant NOW = Instant.parse("2026-04-01T15:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-04-01");
    static final LocalDate TARGET = LocalDate.parse("2026-09-30");

    private GoalMother() {
    }

    static Measure measure() {
        return new Measure("internal job interviews attended", 0.0, 3.0);
    }

    static GoalPlan plan() {
        return GoalPlan.of("Move into a product management role", measure(), "I want to shape what we build",
                TARGET);
    }

    static Caller mentee() {
        return MentorshipMother.person(MENTEE, Role.MENTEE);
    }

    static Caller mentor() {
        return MentorshipMother.person(MENTOR, Role.MENTOR);
    }

    static Goal open() {
        return Goal.set("gol-1", MentorshipMother.active(), mentee(), plan(), false, NOW).state();
    }

    static Goal shared() {
        return Goal.set("gol-1", MentorshipMother.active(), mentee(), plan(), true, NOW).state();
    }

    static Goal onTrack() {
        return open().edit(mentor(), MentorshipMother.active(), new GoalEdit(plan(), GoalStatus.ON_TRACK, false), NOW)
                .state();
    }

    static Goal withStatus(GoalStatus status) {
        return onTrack().edit(mentee(), MentorshipMother.active(), new GoalEdit(plan(), status, false), NOW).state();
    }

    static ProgressUpdate progress(String id, LocalDate date, double value, String authorId) {
        return new ProgressUpdate(id, date, value, "Talked to two product leads", authorId, NOW);
    }

    static Milestone milestone(String id, String addedBy) {
        return new Milestone(id, "Shadow a product manager for a week", TARGET.minusMonths(3), addedBy, NOW, null);
    }
}
