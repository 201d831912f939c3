package org.mentorat.session.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProgramReportTest {

    @Test
    void figuresAreDerivedAndRoundedFromTheCounters() {
        TreeMap<String, long[]> months = new TreeMap<>(Map.of("2026-04", new long[] {2, 95}, "2026-03",
                new long[] {3, 180}, "2026-05", new long[] {0, 0}));
        ProgramTotals totals = new ProgramTotals("acme", "prg-1", "Leaders", null,
                Map.of("ACTIVE", 2L, "STALLED", 1L, "PAUSED", 1L, "COMPLETED", 1L), months,
                Map.of("set", 3L, "achieved", 1L), Map.of("sum", 16L, "count", 4L),
                Map.of("promoters", 2L, "passives", 1L, "detractors", 1L), new TreeMap<>(Map.of(3, 1L, 8, 1L, 14, 1L,
                        20, 1L, 40, 0L)));

        ProgramReport report = ProgramReport.of(totals);

        assertThat(report.mentorships()).isEqualTo(new ProgramReport.Mentorships(2, 1, 1, 1, 0));
        assertThat(report.sessionsHeld()).isEqualTo(5);
        assertThat(report.mentoringHours()).isEqualByComparingTo("4.6");
        assertThat(report.months()).extracting(ProgramReport.Month::month).containsExactly("2026-03", "2026-04");
        assertThat(report.months().get(1).mentoringHours()).isEqualByComparingTo("1.6");
        assertThat(report.goals().completionRate()).isEqualByComparingTo("0.333");
        assertThat(report.averageRating()).isEqualByComparingTo("4.00");
        assertThat(report.nps().score()).isEqualTo(25);
        assertThat(report.medianDaysToFirstSession()).isEqualByComparingTo("11.0");
        assertThat(report.mentorshipsWithASession()).isEqualTo(4);
    }

    @Test
    void figuresWithNothingBehindThemAreAbsent() {
        ProgramReport report = ProgramReport.of(new ProgramTotals("acme", "prg-1", null, null, Map.of(), new TreeMap<>(),
                Map.of(), Map.of(), Map.of(), new TreeMap<>()));

        assertThat(report.averageRating()).isNull();
        assertThat(report.goals().completionRate()).isNull();
        assertThat(report.nps().score()).isNull();
        assertThat(report.medianDaysToFirstSession()).isNull();
        assertThat(report.mentoringHours()).isEqualByComparingTo("0");
    }

    @Test
    void theMedianOfAnOddCountIsItsMiddleValueAndNpsRoundsHalfUp() {
        assertThat(ProgramReport.median(new TreeMap<>(Map.of(2, 2L, 9, 1L)))).isEqualByComparingTo("2.0");
        assertThat(ProgramReport.median(new TreeMap<>(Map.of(2, 1L, 9, 1L)))).isEqualByComparingTo("5.5");
        ProgramReport report = ProgramReport.of(new ProgramTotals("acme", "prg-1", null, null, Map.of(), new TreeMap<>(),
                Map.of(), Map.of(), Map.of("promoters", 1L, "detractors", 2L, "passives", 5L), new TreeMap<>()));
        assertThat(report.nps().score()).isEqualTo(-13);
    }
}
