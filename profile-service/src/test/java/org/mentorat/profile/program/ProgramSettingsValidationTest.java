package org.mentorat.profile.program;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.web.FieldError;

class ProgramSettingsValidationTest {

    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<String> invalidFields(ProgramDefinition definition) {
        return VALIDATOR.validate(definition).stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    }

    @Test
    void defaultsAreValid() {
        assertThat(invalidFields(ProgramMother.evergreen())).isEmpty();
        assertThat(invalidFields(ProgramMother.cohort(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))).isEmpty();
    }

    @Test
    void missingSettingsTakeTheDefaultsAndGivenOnesAreKept() {
        ProgramDefinition definition = ProgramMother.withMatching(new MatchingSettings(
                new CriteriaWeights(5.0, null, null, null, null, null, null, 0.0),
                new HardRules(3, false, null, null, null), OptimizeFor.COVERAGE, null, 14)).withDefaults();

        MatchingSettings matching = definition.matching();
        assertThat(matching.weights()).isEqualTo(new CriteriaWeights(5.0, 2.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.0));
        assertThat(matching.rules()).isEqualTo(new HardRules(3, false, DepartmentRule.ANY, null, null));
        assertThat(matching.optimizeFor()).isEqualTo(OptimizeFor.COVERAGE);
        assertThat(matching.suggestionsShown()).isEqualTo(5);
        assertThat(matching.proposalExpiryDays()).isEqualTo(14);
        assertThat(definition.evergreen()).isTrue();
        assertThat(definition.matchingMode()).isEqualTo(MatchingMode.MENTEE_CHOOSES);
    }

    @Test
    void weightsAreNeverNegativeAndNotAllZero() {
        ProgramDefinition negative = ProgramMother.withMatching(new MatchingSettings(
                new CriteriaWeights(-1.0, null, null, null, null, null, null, null), null, null, null, null))
                .withDefaults();
        ProgramDefinition allZero = ProgramMother.withMatching(new MatchingSettings(
                new CriteriaWeights(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), null, null, null, null)).withDefaults();

        assertThat(invalidFields(negative)).containsExactly("matching.weights.skills");
        assertThat(invalidFields(allZero)).containsExactly("matching.weights");
    }

    @Test
    void suggestionsExpiryAndRulesStayWithinTheirBounds() {
        ProgramDefinition outOfBounds = ProgramMother.withMatching(new MatchingSettings(null,
                new HardRules(11, null, null, 4, 2), null, 21, 0)).withDefaults();

        assertThat(invalidFields(outOfBounds)).containsExactly("matching.proposalExpiryDays",
                "matching.rules.maxSeniorityGap", "matching.rules.reportingLineLevels", "matching.suggestionsShown");
    }

    @Test
    void theStallThresholdIsAWeekToAYearAndThirtyDaysWhenNotGiven() {
        assertThat(ProgramMother.evergreen().stallAfterDays()).isEqualTo(30);
        assertThat(invalidFields(ProgramMother.withStallAfterDays(7))).isEmpty();
        assertThat(invalidFields(ProgramMother.withStallAfterDays(365))).isEmpty();
        assertThat(invalidFields(ProgramMother.withStallAfterDays(6))).containsExactly("stallAfterDays");
        assertThat(invalidFields(ProgramMother.withStallAfterDays(366))).containsExactly("stallAfterDays");
    }

    @Test
    void aCohortHasBothDatesInOrderAndAnEvergreenProgramHasNone() {
        LocalDate april = LocalDate.of(2026, 4, 1);
        ProgramDefinition backwards = ProgramMother.cohort(april, april.minusDays(1));
        ProgramDefinition sameDay = ProgramMother.cohort(april, april);
        ProgramDefinition startOnly = ProgramMother.cohort(april, null);
        ProgramDefinition evergreenWithDates = new ProgramDefinition("X", null, null, april, april.plusDays(9), true,
                null, null, null, null, null, null).withDefaults();
        ProgramDefinition cohortWithoutDates = new ProgramDefinition("X", null, null, null, null, false,
                null, null, null, null, null, null).withDefaults();

        assertThat(invalidFields(backwards)).containsExactly("cohortEnd");
        assertThat(invalidFields(sameDay)).containsExactly("cohortEnd");
        assertThat(invalidFields(startOnly)).containsExactly("cohortEnd");
        assertThat(invalidFields(evergreenWithDates)).containsExactly("evergreen");
        assertThat(invalidFields(cohortWithoutDates)).containsExactly("cohortEnd", "cohortStart");
        assertThat(ProgramChecks.of(backwards)).extracting(FieldError::message).containsExactly("must be after cohortStart");
    }

    @Test
    void remindersGoADayAndAnHourBeforeAndNothingIsMandatoryUnlessSaid() {
        ProgramNotifications notifications = ProgramMother.evergreen().notifications();

        assertThat(notifications.reminderOffsets()).containsExactly(Duration.ofHours(24), Duration.ofHours(1));
        assertThat(notifications.mandatoryCategories()).isEmpty();
        assertThat(notifications.digestRecipientIds()).isEmpty();
    }

    @Test
    void reminderOffsetsAreFiveMinutesToTwoWeeksAtMostFiveAndNeverTwice() {
        ProgramDefinition bounds = ProgramMother.withNotifications(new ProgramNotifications(
                List.of(Duration.ofMinutes(5), Duration.ofDays(14)), null, null));
        ProgramDefinition outside = ProgramMother.withNotifications(new ProgramNotifications(
                List.of(Duration.ofMinutes(4), Duration.ofHours(1), Duration.ofDays(15), Duration.ofMinutes(60)),
                null, null));
        ProgramDefinition tooMany = ProgramMother.withNotifications(new ProgramNotifications(
                List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(4),
                        Duration.ofHours(5), Duration.ofHours(6)), null, null));

        assertThat(invalidFields(bounds)).isEmpty();
        assertThat(invalidFields(outside)).containsExactly("notifications.reminderOffsets[0]",
                "notifications.reminderOffsets[2]", "notifications.reminderOffsets[3]");
        assertThat(invalidFields(tooMany)).containsExactly("notifications.reminderOffsets");
    }

    @Test
    void digestRecipientsAreNamedOnceEach() {
        ProgramDefinition twice = ProgramMother.withNotifications(new ProgramNotifications(null,
                Set.of(NotificationCategory.SESSIONS), Arrays.asList("per-1", " ", "per-1", null)));

        assertThat(invalidFields(twice)).containsExactly("notifications.digestRecipientIds[1]",
                "notifications.digestRecipientIds[2]", "notifications.digestRecipientIds[3]");
    }
}
