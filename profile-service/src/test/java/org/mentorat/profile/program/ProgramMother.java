package org.mentorat.profile.program;

import java.time.Instant;
import java.time.LocalDate;

/** Programs and their definitions for unit tests, valid unless a test says otherwise. */
final class ProgramMother {

    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    private ProgramMother() {
    }

    static ProgramDefinition evergreen() {
        return new ProgramDefinition("Open door", null, null, null, null, null, null, null, null, null, null, null)
                .withDefaults();
    }

    static ProgramDefinition cohort(LocalDate start, LocalDate end) {
        return new ProgramDefinition("Spring cohort", "Six months", ProgramType.ONE_TO_ONE, start, end, null, 26, 2,
                null, MatchingMode.ADMIN_COHORT, null, null).withDefaults();
    }

    static ProgramDefinition withMatching(MatchingSettings matching) {
        return new ProgramDefinition("Tuned", null, ProgramType.GROUP, null, null, null, null, null, null, null,
                matching, null);
    }

    static ProgramDefinition withStallAfterDays(Integer stallAfterDays) {
        return new ProgramDefinition("Paced", null, null, null, null, null, null, null, stallAfterDays, null, null, null)
                .withDefaults();
    }

    static ProgramDefinition withNotifications(ProgramNotifications notifications) {
        return new ProgramDefinition("Reminded", null, null, null, null, null, null, null, null, null, null,
                notifications).withDefaults();
    }

    static Program draft(ProgramDefinition definition) {
        return Program.draft("prg-1", definition, NOW);
    }

    static Program published() {
        return draft(evergreen()).publish(NOW).state();
    }
}
