package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.notification.message.Category;
import org.mentorat.notification.program.ProgramNotificationSettings;
import org.mentorat.notification.program.ProgramSettings;
import org.springframework.beans.factory.annotation.Autowired;

/** Programs' notification settings, fed by ProgramPublished and ProgramClosed on the real broker. */
class ProgramSettingsIT extends RunningNotificationService {

    @Autowired
    ProgramSettings programs;

    @Test
    void aProgramsRemindersMandatoryCategoriesAndDigestRecipientsAreAsPublished() {
        String program = program();
        service.publish(pair.tenant(), program, 1, published(program, List.of("PT30M", "P2D", "PT30M"),
                List.of("FEEDBACK", "SESSIONS", "A_CATEGORY_FROM_THE_FUTURE"), List.of("admin-1", "admin-2")));

        ProgramNotificationSettings settings = awaitPublished(program);

        assertThat(settings.name()).isEqualTo("Leaders of tomorrow");
        assertThat(settings.reminderOffsets()).as("longest first, each once")
                .containsExactly(Duration.ofDays(2), Duration.ofMinutes(30));
        assertThat(settings.mandatory()).containsExactlyInAnyOrder(Category.FEEDBACK, Category.SESSIONS);
        assertThat(settings.digestRecipientIds()).containsExactly("admin-1", "admin-2");
        assertThat(programs.open()).extracting(ProgramNotificationSettings::programId).contains(program);
    }

    @Test
    void aProgramThatSaysNothingOrIsUnknownRemindsADayAndAnHourBefore() {
        String program = program();
        service.publish(pair.tenant(), program, 1, published(program, null, null, null));

        ProgramNotificationSettings settings = awaitPublished(program);
        ProgramNotificationSettings unknown = programs.of(pair.tenant(), program());

        assertThat(settings.reminderOffsets()).containsExactly(Duration.ofHours(24), Duration.ofHours(1));
        assertThat(settings.mandatory()).isEmpty();
        assertThat(settings.digestRecipientIds()).isEmpty();
        assertThat(unknown.name()).isNull();
        assertThat(unknown.reminderOffsets()).containsExactly(Duration.ofHours(24), Duration.ofHours(1));
    }

    @Test
    void aClosedProgramGetsNoMoreDigestsAndAReplayedPublicationCannotReopenIt() {
        String program = program();
        ProgramPublished publication = published(program, List.of("PT2H"), List.of(), List.of("admin-1"));
        service.publish(pair.tenant(), program, 1, publication);
        awaitPublished(program);

        service.publish(pair.tenant(), program, 2, new ProgramClosed(program, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> programs.open().stream()
                .noneMatch(open -> open.programId().equals(program)));
        service.publish(pair.tenant(), program, 1, publication);
        // one partition in tests: once a later program is known, the replay before it was handled
        String later = program();
        service.publish(pair.tenant(), later, 1, published(later, null, null, null));
        awaitPublished(later);

        assertThat(programs.open()).extracting(ProgramNotificationSettings::programId).doesNotContain(program)
                .contains(later);
        assertThat(programs.of(pair.tenant(), program).reminderOffsets()).as("its settings still apply to what remains")
                .containsExactly(Duration.ofHours(2));
    }

    private ProgramNotificationSettings awaitPublished(String program) {
        await().atMost(Duration.ofSeconds(30)).until(() -> programs.of(pair.tenant(), program).name() != null);
        return programs.of(pair.tenant(), program);
    }

    private static ProgramPublished published(String program, List<String> offsets, List<String> mandatory,
            List<String> digest) {
        return new ProgramPublished(program, "Leaders of tomorrow", "ONE_TO_ONE", Instant.now(), null, null, 26, 2,
                "MENTEE_CHOOSES", new ProgramPublished.CriteriaWeights(3, 2, 1, 1, 1, 1, 0.5, 0.5),
                new ProgramPublished.HardRules(1, true, "ANY", null, null), "QUALITY", 5, 7, 30, offsets, mandatory,
                digest);
    }

    private static String program() {
        return "prg-" + UUID.randomUUID();
    }
}
