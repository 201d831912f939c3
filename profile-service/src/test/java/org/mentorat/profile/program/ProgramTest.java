package org.mentorat.profile.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.profile.program.ProgramMother.NOW;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;

class ProgramTest {

    @Test
    void publishingADraftOpensItAndAnnouncesItsSettings() {
        Program draft = ProgramMother.draft(ProgramMother.cohort(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)));

        Changed<Program> change = draft.publish(NOW.plusSeconds(60));

        assertThat(change.state().status()).isEqualTo(ProgramStatus.PUBLISHED);
        assertThat(change.state().isOpenForEnrolment()).isTrue();
        assertThat(change.state().publishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(ProgramPublished.class, event -> {
            assertThat(event.programId()).isEqualTo("prg-1");
            assertThat(event.type()).isEqualTo("ONE_TO_ONE");
            assertThat(event.cohortStart()).isEqualTo("2026-04-01");
            assertThat(event.cohortEnd()).isEqualTo("2026-09-30");
            assertThat(event.matchingMode()).isEqualTo("ADMIN_COHORT");
            assertThat(event.weights()).isEqualTo(new ProgramPublished.CriteriaWeights(3, 2, 1, 1, 1, 1, 0.5, 0.5));
            assertThat(event.rules()).isEqualTo(new ProgramPublished.HardRules(1, true, "ANY", null, null));
            assertThat(event.optimizeFor()).isEqualTo("QUALITY");
            assertThat(event.suggestionsShown()).isEqualTo(5);
            assertThat(event.proposalExpiryDays()).isEqualTo(7);
            assertThat(event.stallAfterDays()).as("the default threshold").isEqualTo(30);
        });
    }

    @Test
    void theStallThresholdGivenIsAnnouncedWithTheProgram() {
        Program draft = ProgramMother.draft(ProgramMother.withStallAfterDays(45));

        Changed<Program> change = draft.publish(NOW);

        assertThat(change.state().definition().stallAfterDays()).isEqualTo(45);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(ProgramPublished.class,
                event -> assertThat(event.stallAfterDays()).isEqualTo(45));
    }

    @Test
    void aProgramIsPublishedOnceAndClosedOnlyAfterBeingPublishedWhichAnnouncesTheClosing() {
        Program draft = ProgramMother.draft(ProgramMother.evergreen());
        Program published = ProgramMother.published();

        assertThatThrownBy(() -> published.publish(NOW)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.type()).isEqualTo("illegal-transition"));
        assertThatThrownBy(() -> draft.close(NOW)).isInstanceOf(ConflictException.class);

        Changed<Program> closing = published.close(NOW.plusSeconds(90));
        assertThat(closing.state().status()).isEqualTo(ProgramStatus.CLOSED);
        assertThat(closing.state().isOpenForEnrolment()).isFalse();
        assertThat(closing.state().closedAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(closing.events()).containsExactly(new ProgramClosed("prg-1", NOW.plusSeconds(90)));
        assertThatThrownBy(() -> closing.state().publish(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> closing.state().close(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDraftMayChangeInEveryRespect() {
        Program draft = ProgramMother.draft(ProgramMother.evergreen());
        ProgramDefinition cohort = ProgramMother.cohort(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

        Changed<Program> change = draft.revise(cohort);

        assertThat(change.state().definition()).isEqualTo(cohort);
        assertThat(change.events()).isEmpty();
    }

    @Test
    void aPublishedProgramChangesOnlyInNameAndDescription() {
        Program published = ProgramMother.published();
        ProgramDefinition d = published.definition();
        ProgramDefinition renamed = new ProgramDefinition("New name", "New words", d.type(), d.cohortStart(),
                d.cohortEnd(), d.evergreen(), d.relationshipWeeks(), d.sessionCadenceWeeks(), d.stallAfterDays(),
                d.matchingMode(), d.matching(), d.notifications());
        ProgramDefinition moreSuggestions = new ProgramDefinition(d.name(), d.description(), d.type(), d.cohortStart(),
                d.cohortEnd(), d.evergreen(), d.relationshipWeeks(), d.sessionCadenceWeeks(), d.stallAfterDays(),
                d.matchingMode(), new MatchingSettings(null, null, null, 10, null).withDefaults(), d.notifications());
        ProgramDefinition slowerStall = new ProgramDefinition(d.name(), d.description(), d.type(), d.cohortStart(),
                d.cohortEnd(), d.evergreen(), d.relationshipWeeks(), d.sessionCadenceWeeks(), 60,
                d.matchingMode(), d.matching(), d.notifications());

        assertThat(published.revise(renamed).state().definition().name()).isEqualTo("New name");
        assertThatThrownBy(() -> published.revise(moreSuggestions)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.type()).isEqualTo("program-not-editable"));
        assertThatThrownBy(() -> published.revise(slowerStall)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.type()).isEqualTo("program-not-editable"));
    }

    @Test
    void publishingAnnouncesWhenRemindersGoWhatIsMandatoryAndWhoGetsTheDigest() {
        Program draft = ProgramMother.draft(ProgramMother.withNotifications(new ProgramNotifications(
                List.of(Duration.ofDays(2), Duration.ofMinutes(30)),
                Set.of(NotificationCategory.SESSIONS, NotificationCategory.FEEDBACK), List.of("admin-1"))));
        Program plain = ProgramMother.draft(ProgramMother.evergreen());

        ProgramPublished event = (ProgramPublished) draft.publish(NOW).events().get(0);
        ProgramPublished defaults = (ProgramPublished) plain.publish(NOW).events().get(0);

        assertThat(event.reminderOffsets()).containsExactly("PT48H", "PT30M");
        assertThat(event.mandatoryNotifications()).containsExactly("SESSIONS", "FEEDBACK");
        assertThat(event.digestRecipientIds()).containsExactly("admin-1");
        assertThat(defaults.reminderOffsets()).containsExactly("PT24H", "PT1H");
        assertThat(defaults.mandatoryNotifications()).isEmpty();
        assertThat(defaults.digestRecipientIds()).isEmpty();
    }

    @Test
    void aPublishedProgramKeepsItsNotificationSettings() {
        Program published = ProgramMother.published();
        ProgramDefinition d = published.definition();
        ProgramDefinition mandatory = new ProgramDefinition(d.name(), d.description(), d.type(), d.cohortStart(),
                d.cohortEnd(), d.evergreen(), d.relationshipWeeks(), d.sessionCadenceWeeks(), d.stallAfterDays(),
                d.matchingMode(), d.matching(), new ProgramNotifications(null, Set.of(NotificationCategory.SURVEYS),
                        null).withDefaults());

        assertThatThrownBy(() -> published.revise(mandatory)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.type()).isEqualTo("program-not-editable"));
    }
}
