package org.mentorat.session.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.session.goal.GoalMother.NOW;
import static org.mentorat.session.goal.GoalMother.TARGET;
import static org.mentorat.session.goal.GoalMother.TODAY;
import static org.mentorat.session.goal.GoalMother.mentee;
import static org.mentorat.session.goal.GoalMother.mentor;
import static org.mentorat.session.goal.GoalMother.plan;
import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;
import static org.mentorat.session.mentorship.MentorshipMother.MENTOR;
import static org.mentorat.session.mentorship.MentorshipMother.PROGRAM;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.events.session.GoalSet;
import org.mentorat.security.Role;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.session.mentorship.Mentorship;
import org.mentorat.session.mentorship.MentorshipMother;

class GoalTest {

    private static final Mentorship ACTIVE = MentorshipMother.active();

    @Test
    void aMenteeSetsAnOpenGoalAnnouncedWithoutItsWords() {
        Changed<Goal> set = Goal.set("gol-1", ACTIVE, mentee(), plan(), true, NOW);

        assertThat(set.state().status()).isEqualTo(GoalStatus.OPEN);
        assertThat(set.state().mentorId()).isEqualTo(MENTOR);
        assertThat(set.events()).containsExactly(new GoalSet("gol-1", "mts-1", PROGRAM, MENTEE, "2026-09-30", true, NOW));
    }

    @Test
    void eachMissingSmartPartIsNamedWithWhatItIsFor() {
        Measure measure = GoalMother.measure();
        assertInvalid(() -> GoalPlan.of(" ", measure, "why", TARGET), "specific");
        assertInvalid(() -> GoalPlan.of("what", null, "why", TARGET), "measure");
        assertInvalid(() -> GoalPlan.of("what", new Measure("", 0.0, 3.0), "why", TARGET), "measure.metric");
        assertInvalid(() -> GoalPlan.of("what", new Measure("interviews", null, 3.0), "why", TARGET), "measure.baseline");
        assertInvalid(() -> GoalPlan.of("what", new Measure("interviews", 0.0, null), "why", TARGET), "measure.target");
        assertInvalid(() -> GoalPlan.of("what", measure, null, TARGET), "relevance");
        assertInvalid(() -> GoalPlan.of("what", measure, "why", null), "targetDate");
        assertInvalid(() -> GoalPlan.of(null, null, null, null), "specific", "measure", "relevance", "targetDate");

        assertThatThrownBy(() -> GoalPlan.of("what", new Measure("interviews", 0.0, null), "why", null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("measure.target", "a SMART goal is Measurable: say what number you will reach"),
                        new FieldError("targetDate", "a SMART goal is Time-bound: give the date you will reach it by")));
    }

    @Test
    void aTargetAlreadyReachedIsNoGoalAndATargetDateInThePastIsRefused() {
        assertInvalid(() -> GoalPlan.of("what", new Measure("interviews", 2.0, 2.0), "why", TARGET), "measure.target");
        GoalPlan yesterday = GoalPlan.of("what", GoalMother.measure(), "why", TODAY.minusDays(1));
        GoalPlan today = GoalPlan.of("what", GoalMother.measure(), "why", TODAY);

        assertInvalid(() -> Goal.set("gol-1", ACTIVE, mentee(), yesterday, false, NOW), "targetDate");
        assertThat(Goal.set("gol-1", ACTIVE, mentee(), today, false, NOW).state().plan().targetDate()).isEqualTo(TODAY);
    }

    @Test
    void onlyAMenteeOfTheMentorshipSetsGoalsAndOnlyWhileItIsActive() {
        assertThatThrownBy(() -> Goal.set("gol-1", ACTIVE, mentor(), plan(), false, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Goal.set("gol-1", ACTIVE, MentorshipMother.admin(), plan(), false, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertConflict(() -> Goal.set("gol-1", MentorshipMother.ended(), mentee(), plan(), false, NOW),
                "mentorship-not-active");
    }

    @Test
    void aGoalOfAMentorshipThatIsNoLongerActiveNoLongerChanges() {
        Goal goal = GoalMother.onTrack().addMilestone(mentor(), ACTIVE, GoalMother.milestone("mil-1", MENTOR), NOW)
                .state();
        Mentorship ended = MentorshipMother.ended();

        assertConflict(() -> goal.edit(mentee(), ended, new GoalEdit(plan(), GoalStatus.AT_RISK, false), NOW),
                "mentorship-not-active");
        assertConflict(() -> goal.recordProgress(mentee(), ended, GoalMother.progress("prg-1", TODAY, 1, MENTEE),
                null, NOW), "mentorship-not-active");
        assertConflict(() -> goal.addMilestone(mentor(), ended, GoalMother.milestone("mil-2", MENTOR), NOW),
                "mentorship-not-active");
        assertConflict(() -> goal.completeMilestone(mentor(), ended, "mil-1", NOW), "mentorship-not-active");
    }

    @Test
    void achievingAGoalClosesItAndAnnouncesIt() {
        Changed<Goal> achieved = GoalMother.onTrack().edit(mentee(), ACTIVE,
                new GoalEdit(plan(), GoalStatus.ACHIEVED, false), NOW.plusSeconds(60));

        assertThat(achieved.state().status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(achieved.state().closedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(achieved.events()).containsExactly(new GoalAchieved("gol-1", "mts-1", PROGRAM, MENTEE,
                NOW.plusSeconds(60)));
        assertThat(GoalMother.onTrack().edit(mentor(), ACTIVE, new GoalEdit(plan(), GoalStatus.AT_RISK, false), NOW)
                .events()).isEmpty();
    }

    @Test
    void anAchievedOrDroppedGoalIsFinal() {
        for (GoalStatus end : List.of(GoalStatus.ACHIEVED, GoalStatus.DROPPED)) {
            Goal closed = GoalMother.withStatus(end);
            assertThat(closed.closedAt()).isEqualTo(NOW);
            assertConflict(() -> closed.edit(mentee(), ACTIVE, new GoalEdit(plan(), GoalStatus.ON_TRACK, false), NOW),
                    "goal-closed");
            assertConflict(() -> closed.recordProgress(mentee(), ACTIVE, GoalMother.progress("prg-1", TODAY, 3, MENTEE),
                    null, NOW), "goal-closed");
            assertConflict(() -> closed.addMilestone(mentee(), ACTIVE, GoalMother.milestone("mil-1", MENTEE), NOW),
                    "goal-closed");
        }
        assertThat(GoalMother.withStatus(GoalStatus.DROPPED).status()).isEqualTo(GoalStatus.DROPPED);
    }

    @Test
    void aGoalWorkedOnDoesNotGoBackToOpen() {
        assertConflict(() -> GoalMother.onTrack().edit(mentee(), ACTIVE, new GoalEdit(plan(), GoalStatus.OPEN, false),
                NOW), "goal-transition-not-allowed");
    }

    @Test
    void onlyTheMenteeRewordsOrSharesTheirGoalAndOutsidersChangeNothing() {
        GoalPlan reworded = GoalPlan.of("Move into product", GoalMother.measure(), "I like users", TARGET);
        Goal goal = GoalMother.open();

        assertThat(goal.edit(mentee(), ACTIVE, new GoalEdit(reworded, GoalStatus.OPEN, true), NOW).state())
                .satisfies(edited -> {
                    assertThat(edited.plan()).isEqualTo(reworded);
                    assertThat(edited.sharedWithProgram()).isTrue();
                });
        assertThatThrownBy(() -> goal.edit(mentor(), ACTIVE, new GoalEdit(reworded, GoalStatus.OPEN, false), NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> goal.edit(mentor(), ACTIVE, new GoalEdit(plan(), GoalStatus.OPEN, true), NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> GoalMother.shared().edit(MentorshipMother.admin(), ACTIVE,
                new GoalEdit(plan(), GoalStatus.ON_TRACK, true), NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> goal.recordProgress(MentorshipMother.person("per-other", Role.MENTEE), ACTIVE,
                GoalMother.progress("prg-1", TODAY, 1, "per-other"), null, NOW)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aNewTargetDateMustNotBeInThePastButAnUnchangedOneMayBe() {
        GoalPlan late = GoalPlan.of("what", GoalMother.measure(), "why", TODAY.minusDays(1));
        Goal goal = GoalMother.open();

        assertInvalid(() -> goal.edit(mentee(), ACTIVE, new GoalEdit(late, GoalStatus.OPEN, false), NOW), "targetDate");
        assertThat(goal.edit(mentor(), ACTIVE, new GoalEdit(plan(), GoalStatus.AT_RISK, false), TARGET.plusDays(3)
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant()).state().status()).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void progressIsRecordedForADayThatHasBeenAndMayAchieveTheGoal() {
        Goal goal = GoalMother.onTrack();

        Changed<Goal> recorded = goal.recordProgress(mentor(), ACTIVE, GoalMother.progress("prg-1", TODAY, 1, MENTOR),
                null, NOW);
        Changed<Goal> achieved = recorded.state().recordProgress(mentee(), ACTIVE,
                GoalMother.progress("prg-2", TODAY, 3, MENTEE), GoalStatus.ACHIEVED, NOW);

        assertThat(recorded.state().progress()).extracting(ProgressUpdate::value).containsExactly(1.0);
        assertThat(recorded.events()).isEmpty();
        assertThat(achieved.state().progress()).hasSize(2);
        assertThat(achieved.events()).containsExactly(new GoalAchieved("gol-1", "mts-1", PROGRAM, MENTEE, NOW));
        assertInvalid(() -> goal.recordProgress(mentee(), ACTIVE, GoalMother.progress("prg-3", TODAY.plusDays(1), 2,
                MENTEE), null, NOW), "date");
        assertInvalid(() -> goal.recordProgress(mentee(), ACTIVE, GoalMother.progress("prg-3", TODAY.minusDays(1), 2,
                MENTEE), null, NOW), "date");
    }

    @Test
    void milestonesFallDueBeforeTheTargetDateAndAreDoneOnce() {
        Goal goal = GoalMother.open().addMilestone(mentor(), ACTIVE, GoalMother.milestone("mil-1", MENTOR), NOW).state();

        Goal ticked = goal.completeMilestone(mentee(), ACTIVE, "mil-1", NOW).state();

        assertThat(ticked.milestones()).singleElement().satisfies(step -> assertThat(step.doneAt()).isEqualTo(NOW));
        assertConflict(() -> ticked.completeMilestone(mentor(), ACTIVE, "mil-1", NOW), "milestone-already-done");
        assertThatThrownBy(() -> goal.completeMilestone(mentee(), ACTIVE, "mil-9", NOW))
                .isInstanceOf(ResourceNotFoundException.class);
        assertInvalid(() -> goal.addMilestone(mentee(), ACTIVE, new Milestone("mil-2", "Apply", TARGET.plusDays(1),
                MENTEE, NOW, null), NOW), "dueDate");
        assertInvalid(() -> goal.addMilestone(mentee(), ACTIVE, new Milestone("mil-2", "Apply", TODAY.minusDays(1),
                MENTEE, NOW, null), NOW), "dueDate");
    }

    @Test
    void erasingTheMenteeClearsEveryWordOfTheirGoalAndKeepsItsFigures() {
        Goal goal = workedOn();

        Goal erased = goal.eraseWordsOf("era-1", MENTEE, NOW).state();

        assertThat(erased.plan()).isEqualTo(new GoalPlan(null, new Measure(null, 0.0, 3.0), null, TARGET));
        assertThat(erased.milestones()).extracting(Milestone::title).containsOnlyNulls();
        assertThat(erased.progress()).extracting(ProgressUpdate::note).containsOnlyNulls();
        assertThat(erased.progress()).extracting(ProgressUpdate::value).containsExactly(1.0, 2.0);
        assertThat(erased.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(erased.erasures()).singleElement().satisfies(mark -> assertThat(mark.cleared())
                .containsExactly("specific", "measure.metric", "relevance", "milestones.title", "progress.note"));
        assertThat(erased.eraseWordsOf("era-1", MENTEE, NOW.plusSeconds(5)).state()).isEqualTo(erased);
    }

    @Test
    void erasingTheMentorClearsOnlyWhatTheyWrote() {
        Goal erased = workedOn().eraseWordsOf("era-2", MENTOR, NOW).state();

        assertThat(erased.plan()).isEqualTo(plan());
        assertThat(erased.milestones()).extracting(Milestone::title).containsExactly(null, "Shadow a product manager for a week");
        assertThat(erased.progress()).extracting(ProgressUpdate::note).containsExactly(null, "Talked to two product leads");
        assertThat(erased.erasures().getFirst().cleared()).containsExactly("milestones.title", "progress.note");
    }

    @Test
    void thePairSeesTheGoalAndAdministratorsOnlyOnceItIsShared() {
        assertThat(GoalMother.open().isVisibleTo(mentee())).isTrue();
        assertThat(GoalMother.open().isVisibleTo(mentor())).isTrue();
        assertThat(GoalMother.open().isVisibleTo(MentorshipMother.admin())).isFalse();
        assertThat(GoalMother.shared().isVisibleTo(MentorshipMother.admin())).isTrue();
        assertThat(GoalMother.shared().isVisibleTo(MentorshipMother.person("per-other", Role.MENTEE))).isFalse();
    }

    private static Goal workedOn() {
        Goal goal = GoalMother.onTrack();
        goal = goal.addMilestone(mentor(), ACTIVE, GoalMother.milestone("mil-1", MENTOR), NOW).state();
        goal = goal.addMilestone(mentee(), ACTIVE, GoalMother.milestone("mil-2", MENTEE), NOW).state();
        goal = goal.recordProgress(mentor(), ACTIVE, GoalMother.progress("prg-1", TODAY, 1, MENTOR), null, NOW).state();
        return goal.recordProgress(mentee(), ACTIVE, GoalMother.progress("prg-2", TODAY, 2, MENTEE), null, NOW).state();
    }

    private static void assertInvalid(ThrowingCallable decision, String... fields) {
        assertThatThrownBy(decision).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
    }

    private static void assertConflict(ThrowingCallable decision, String type) {
        assertThatThrownBy(decision).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.type()).isEqualTo(type));
    }
}
