package org.mentorat.session.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.session.mentorship.MentorshipMother.ACCEPTED_AT;
import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;
import static org.mentorat.session.mentorship.MentorshipMother.MENTOR;
import static org.mentorat.session.mentorship.MentorshipMother.NOW;
import static org.mentorat.session.mentorship.MentorshipMother.PLANNED_END;
import static org.mentorat.session.mentorship.MentorshipMother.PROGRAM;
import static org.mentorat.session.mentorship.MentorshipMother.TENANT;
import static org.mentorat.session.mentorship.MentorshipMother.acceptedMatch;
import static org.mentorat.session.mentorship.MentorshipMother.program;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.events.session.MentorshipEnded;
import org.mentorat.events.session.MentorshipPaused;
import org.mentorat.events.session.MentorshipResumed;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.security.Role;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.session.program.ProgramType;

class MentorshipTest {

    @Test
    void anAcceptedMatchOpensAnActiveMentorshipPlannedToEndAfterTheProgramsWeeks() {
        Changed<Mentorship> opened = Opening.open(TENANT, acceptedMatch("mat-1"), program(ProgramType.ONE_TO_ONE));

        Mentorship mentorship = opened.state();
        assertThat(mentorship.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(mentorship.startedAt()).isEqualTo(ACCEPTED_AT);
        assertThat(mentorship.plannedEnd()).isEqualTo(PLANNED_END);
        assertThat(opened.events()).containsExactly(new MentorshipStarted(mentorship.id(), "mat-1", PROGRAM, MENTOR,
                MENTEE, ACCEPTED_AT, "ONE_TO_ONE", "2026-08-31"));
    }

    @Test
    void theSameMatchAlwaysOpensTheSameMentorshipId() {
        String first = Opening.open(TENANT, acceptedMatch("mat-1"), program(ProgramType.PEER)).state().id();

        assertThat(Opening.open(TENANT, acceptedMatch("mat-1"), program(ProgramType.PEER)).state().id())
                .isEqualTo(first);
        assertThat(Opening.open(TENANT, acceptedMatch("mat-2"), program(ProgramType.PEER)).state().id())
                .isNotEqualTo(first);
        assertThat(Opening.open("globex", acceptedMatch("mat-1"), program(ProgramType.PEER)).state().id())
                .isNotEqualTo(first);
    }

    @Test
    void reverseAndPeerProgramsKeepTheRolesAsMatched() {
        Mentorship reverse = Opening.open(TENANT, acceptedMatch("mat-1"), program(ProgramType.REVERSE)).state();

        assertThat(reverse.mentorId()).isEqualTo(MENTOR);
        assertThat(reverse.menteeIds()).containsExactly(MENTEE);
        assertThat(reverse.programType()).isEqualTo(ProgramType.REVERSE);
    }

    @Test
    void inAGroupProgramEveryMatchOfTheMentorJoinsOneMentorshipAnnouncedPerMentee() {
        Mentorship group = MentorshipMother.group("per-a");
        Changed<Mentorship> joined = Opening.join(group, acceptedMatch("mat-1", "per-b"));

        assertThat(Opening.open(TENANT, acceptedMatch("mat-1", "per-b"), program(ProgramType.GROUP)).state().id())
                .isEqualTo(group.id());
        assertThat(joined.state().menteeIds()).containsExactly("per-a", "per-b");
        assertThat(joined.state().matchIds()).containsExactly("mat-0", "mat-1");
        assertThat(joined.state().participants()).containsExactly(MENTOR, "per-a", "per-b");
        assertThat(joined.events()).containsExactly(new MentorshipStarted(group.id(), "mat-1", PROGRAM, MENTOR,
                "per-b", ACCEPTED_AT, "GROUP", "2026-08-31"));
    }

    @Test
    void aMatchTheGroupHoldsOrAClosedGroupChangesNothing() {
        Mentorship group = MentorshipMother.group("per-a", "per-b");
        Mentorship closed = group.complete("PROGRAM_CLOSED", NOW).state();

        assertThat(Opening.join(group, acceptedMatch("mat-1", "per-b"))).isEqualTo(Changed.of(group));
        assertThat(Opening.join(closed, acceptedMatch("mat-9", "per-c"))).isEqualTo(Changed.of(closed));
    }

    @Test
    void anAcceptanceWithoutItsPeopleCannotOpenAMentorship() {
        MatchAccepted noMentee = new MatchAccepted("mat-1", PROGRAM, MENTOR, " ", ACCEPTED_AT);

        assertThatThrownBy(() -> Opening.open(TENANT, noMentee, program(ProgramType.ONE_TO_ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("menteeId");
    }

    @Test
    void anActiveMentorshipPausesUntilItsResumeDateAndResumes() {
        LocalDate resumeOn = LocalDate.parse("2026-05-01");
        Changed<Mentorship> paused = MentorshipMother.active().pause(resumeOn, "Parental leave", NOW);
        Changed<Mentorship> resumed = paused.state().resume(NOW);

        assertThat(paused.state().status()).isEqualTo(MentorshipStatus.PAUSED);
        assertThat(paused.state().pause().resumeOn()).isEqualTo(resumeOn);
        assertThat(paused.events()).containsExactly(new MentorshipPaused("mts-1", PROGRAM, "2026-05-01",
                "Parental leave", NOW));
        assertThat(paused.state().isDueToResume(resumeOn.minusDays(1))).isFalse();
        assertThat(paused.state().isDueToResume(resumeOn)).isTrue();
        assertThat(resumed.state().status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(resumed.state().pause()).isNull();
        assertThat(resumed.events()).containsExactly(new MentorshipResumed("mts-1", PROGRAM, NOW));
    }

    @Test
    void illegalTransitionsAreConflictsWithStableTypes() {
        assertConflict(() -> MentorshipMother.completed().pause(LocalDate.parse("2026-05-01"), null, NOW),
                "mentorship-not-active");
        assertConflict(() -> MentorshipMother.active().resume(NOW), "mentorship-not-paused");
        assertConflict(() -> MentorshipMother.ended().end("ENDED_BY_ADMIN", null, "admin-1", NOW),
                "mentorship-closed");
        assertConflict(() -> MentorshipMother.completed().complete("PROGRAM_CLOSED", NOW), "mentorship-closed");
        assertConflict(() -> MentorshipMother.completed().agree(side(MENTEE, true)), "mentorship-closed");
    }

    @Test
    void endingEarlyAnnouncesTheReasonAndKeepsWhoEndedIt() {
        Changed<Mentorship> ended = MentorshipMother.paused().end("ENDED_BY_PARTICIPANT", "We drifted apart", MENTEE,
                NOW);

        assertThat(ended.state().status()).isEqualTo(MentorshipStatus.ENDED_EARLY);
        assertThat(ended.state().pause()).isNull();
        assertThat(ended.state().closure()).isEqualTo(new Closure("ENDED_BY_PARTICIPANT", "We drifted apart", MENTEE,
                NOW));
        assertThat(ended.events()).containsExactly(new MentorshipEnded("mts-1", PROGRAM, MENTOR, List.of(MENTEE),
                "ENDED_BY_PARTICIPANT", ACCEPTED_AT, NOW));
    }

    @Test
    void aMenteeLeavingAGroupLeavesTheOthersAndTheLastOneEndsIt() {
        Changed<Mentorship> oneLeft = MentorshipMother.group("per-a", "per-b").leave("per-a", "MENTEE_LEFT", null,
                null, NOW);
        Changed<Mentorship> noneLeft = oneLeft.state().leave("per-b", "MENTEE_WITHDREW", null, null, NOW);

        assertThat(oneLeft.state().status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(oneLeft.state().menteeIds()).containsExactly("per-b");
        assertThat(oneLeft.events()).isEmpty();
        assertThat(noneLeft.state().status()).isEqualTo(MentorshipStatus.ENDED_EARLY);
        assertThat(noneLeft.events()).singleElement().isInstanceOfSatisfying(MentorshipEnded.class,
                ended -> assertThat(ended.reason()).isEqualTo("MENTEE_WITHDREW"));
    }

    @Test
    void theMentorLeavingAGroupEndsItForEveryone() {
        Changed<Mentorship> left = MentorshipMother.group("per-a", "per-b").leave(MENTOR, "PARTICIPANT_DEACTIVATED",
                null, null, NOW);

        assertThat(left.state().status()).isEqualTo(MentorshipStatus.ENDED_EARLY);
        assertThat(left.events()).singleElement().isInstanceOfSatisfying(MentorshipEnded.class,
                ended -> assertThat(ended.menteeIds()).containsExactly("per-a", "per-b"));
    }

    @Test
    void itIsDueToCompleteOnItsPlannedEndAndCompletesWithTheReason() {
        Mentorship active = MentorshipMother.active();
        Changed<Mentorship> completed = active.complete("PLANNED_END", NOW);

        assertThat(active.isDueToComplete(PLANNED_END.minusDays(1))).isFalse();
        assertThat(active.isDueToComplete(PLANNED_END)).isTrue();
        assertThat(MentorshipMother.paused().isDueToComplete(PLANNED_END)).isTrue();
        assertThat(MentorshipMother.ended().isDueToComplete(PLANNED_END)).isFalse();
        assertThat(completed.events()).containsExactly(new MentorshipCompleted("mts-1", PROGRAM, MENTOR,
                List.of(MENTEE), "PLANNED_END", ACCEPTED_AT, NOW));
    }

    @Test
    void onlyItsParticipantsAndAdministratorsSeeIt() {
        Mentorship mentorship = MentorshipMother.active();

        assertThat(mentorship.isVisibleTo(MentorshipMother.person(MENTOR, Role.MENTOR))).isTrue();
        assertThat(mentorship.isVisibleTo(MentorshipMother.person(MENTEE, Role.MENTEE))).isTrue();
        assertThat(mentorship.isVisibleTo(MentorshipMother.admin())).isTrue();
        assertThat(mentorship.isVisibleTo(MentorshipMother.person("per-other", Role.MENTEE))).isFalse();
    }

    static AgreementSide side(String personId, boolean confirmed) {
        return new AgreementSide(personId, "Grow into a lead role", true, Cadence.EVERY_TWO_WEEKS,
                MeetingFormat.VIDEO, confirmed ? NOW : null);
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable decision, String type) {
        assertThatThrownBy(decision).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.type()).isEqualTo(type));
    }
}
