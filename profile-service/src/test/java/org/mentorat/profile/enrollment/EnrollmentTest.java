package org.mentorat.profile.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.SkillLevel;
import org.mentorat.events.profile.WeeklySlot;
import org.mentorat.platform.store.Changed;
import org.mentorat.profile.people.CanonicalNames;
import org.mentorat.profile.people.PersonDraft;
import org.mentorat.profile.people.Skill;
import org.mentorat.profile.people.SkillTaxonomy;
import org.mentorat.profile.program.ProgramType;
import org.mentorat.profile.questionnaire.Expectation;
import org.mentorat.profile.questionnaire.MentoringKind;
import org.mentorat.profile.questionnaire.QuestionnaireResult;

class EnrollmentTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final CanonicalNames NAMES = CanonicalNames.from(
            List.of(new SkillTaxonomy.Entry("Java", List.of("jvm", "java"))));
    private static final PersonDraft PERSON = new PersonDraft("E-7", null, null, "Amina", "Haddad", "amina@acme.test",
            "ar", "Africa/Casablanca", "Finance", "Analyst", 4, "E-1", "Rabat", false, List.of("ar", "fr"),
            List.of(new Skill("JVM", 3)), List.of(), List.of(), true).withDefaults();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static EnrollmentRequest mentee(Map<String, String> answers) {
        return new EnrollmentRequest("per-1", EnrollmentRole.MENTEE, null, List.of("java", "Negotiation"), "Lead a team",
                MentoringStyle.COACHING, new Availability(6, List.of(new PreferredSlot(DayOfWeek.FRIDAY,
                        LocalTime.of(14, 0), LocalTime.of(15, 30)))), answers);
    }

    private static List<String> invalidFields(EnrollmentRequest request) {
        return VALIDATION.getValidator().validate(request).stream().map(v -> v.getPropertyPath().toString())
                .sorted().toList();
    }

    @Test
    void aMenteesRegistrationCarriesProfileEnrolmentAndQuestionnaire() {
        Enrollment enrollment = Enrollment.of("enr-1", "prg-1", mentee(null), NOW);
        QuestionnaireResult result = new QuestionnaireResult("per-1", 1, Map.of(),
                Map.of(MentoringKind.PEER, 1.0), Map.of(Expectation.FEEDBACK, 0.8), List.of(MentoringKind.PEER),
                List.of(Expectation.FEEDBACK), NOW);

        var event = RegistrationEvents.of(enrollment, PERSON, ProgramType.REVERSE, Optional.of(result), NAMES);

        assertThat(event).isInstanceOfSatisfying(MenteeRegistered.class, mentee -> {
            assertThat(mentee.topicsWanted()).containsExactly("Java", "Negotiation");
            assertThat(mentee.programType()).isEqualTo("REVERSE");
            assertThat(mentee.employeeNumber()).isEqualTo("E-7");
            assertThat(mentee.managerEmployeeNumber()).isEqualTo("E-1");
            assertThat(mentee.seniorityLevel()).isEqualTo(4);
            assertThat(mentee.skills()).containsExactly(new SkillLevel("Java", 3));
            assertThat(mentee.remoteOk()).isFalse();
            assertThat(mentee.timeZone()).isEqualTo("Africa/Casablanca");
            assertThat(mentee.availability().hoursPerMonth()).isEqualTo(6);
            assertThat(mentee.availability().weeklySlots()).containsExactly(new WeeklySlot("FRIDAY", "14:00", "15:30"));
            assertThat(mentee.preferredStyle()).isEqualTo("COACHING");
            assertThat(mentee.preferredKinds()).containsExactly("PEER");
            assertThat(mentee.expectationScores()).containsEntry("FEEDBACK", 0.8);
        });
    }

    @Test
    void aMentorTakesOneMenteeUnlessTheySayMore() {
        EnrollmentRequest request = new EnrollmentRequest("per-2", EnrollmentRole.MENTOR, null, List.of("JVM"), null,
                null, null, null);

        var event = RegistrationEvents.of(Enrollment.of("enr-2", "prg-1", request, NOW), PERSON, ProgramType.GROUP,
                Optional.empty(), NAMES);

        assertThat(event).isInstanceOfSatisfying(MentorRegistered.class, mentor -> {
            assertThat(mentor.capacity()).isEqualTo(1);
            assertThat(mentor.topics()).containsExactly("Java");
            assertThat(mentor.availability().weeklySlots()).isEmpty();
            assertThat(mentor.preferredKinds()).isEmpty();
            assertThat(mentor.kindScores()).isEmpty();
        });
    }

    @Test
    void withdrawingIsAnnouncedOnceAndFreesTheSlot() {
        Enrollment enrollment = Enrollment.of("enr-1", "prg-1", mentee(null), NOW);

        Changed<Enrollment> first = enrollment.withdraw(NOW.plusSeconds(5));
        Changed<Enrollment> second = first.state().withdraw(NOW.plusSeconds(9));

        assertThat(first.events()).singleElement().isEqualTo(
                new EnrollmentWithdrawn("enr-1", "prg-1", "per-1", "MENTEE", NOW.plusSeconds(5)));
        assertThat(second.events()).isEmpty();
        assertThat(second.state().withdrawnAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(enrollment.activeSlot()).isEqualTo("prg-1|per-1|MENTEE");
        assertThat(first.state().activeSlot()).isEqualTo("withdrawn|enr-1");
    }

    @Test
    void roleSpecificFieldsAndSlotsAreChecked() {
        EnrollmentRequest menteeWithCapacity = new EnrollmentRequest("per-1", EnrollmentRole.MENTEE, 2, null, null,
                null, null, null);
        EnrollmentRequest mentorWithGoals = new EnrollmentRequest("per-1", EnrollmentRole.MENTOR, 2, null, "Grow",
                null, new Availability(200, List.of(new PreferredSlot(DayOfWeek.MONDAY, LocalTime.NOON,
                        LocalTime.of(11, 0)))), null);

        assertThat(invalidFields(mentee(Map.of()))).isEmpty();
        assertThat(invalidFields(menteeWithCapacity)).containsExactly("capacity");
        assertThat(invalidFields(mentorWithGoals)).containsExactly("availability.hoursPerMonth",
                "availability.weeklySlots[0].end", "goals");
    }
}
