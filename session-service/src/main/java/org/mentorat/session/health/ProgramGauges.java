package org.mentorat.session.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The program figures as gauges, tagged by program only (and by status for the mentorship
 * counts). They are read from the report documents, so they survive restarts and every instance
 * shows the same values; a snapshot is refreshed every {@code mentorat.health.gauges-refresh-every},
 * so a scrape never touches the database.
 */
@Component
class ProgramGauges {

    private final ProgramReportStore reports;
    private final MultiGauge mentorships;
    private final List<Figure> figures = new ArrayList<>();

    ProgramGauges(ProgramReportStore reports, MeterRegistry meters) {
        this.reports = reports;
        this.mentorships = gauge(meters, "mentorat.program.mentorships",
                "Mentorships of the program by status (active includes stalled)");
        figure(meters, "mentorat.program.sessions.held", "Sessions held in the program", ProgramReport::sessionsHeld);
        figure(meters, "mentorat.program.mentoring.hours", "Hours of sessions held in the program",
                ProgramReport::mentoringHours);
        figure(meters, "mentorat.program.goal.completion.ratio", "Goals achieved over goals set",
                report -> report.goals().completionRate());
        figure(meters, "mentorat.program.average.rating", "Average session rating, 1 to 5",
                ProgramReport::averageRating);
        figure(meters, "mentorat.program.nps", "Net Promoter Score of the closing surveys, -100 to 100",
                report -> report.nps().score());
        figure(meters, "mentorat.program.median.days.to.first.session",
                "Median days from a mentorship's start to its first session", ProgramReport::medianDaysToFirstSession);
    }

    /** Re-reads every program's report document (one small document per program). */
    void refresh() {
        List<ProgramReport> all = reports.all().stream().map(ProgramReport::of).toList();
        List<MultiGauge.Row<?>> counts = new ArrayList<>();
        for (ProgramReport report : all) {
            ProgramReport.Mentorships by = report.mentorships();
            counts.add(row(report, "status", "active", by.active()));
            counts.add(row(report, "status", "paused", by.paused()));
            counts.add(row(report, "status", "stalled", by.stalled()));
            counts.add(row(report, "status", "completed", by.completed()));
            counts.add(row(report, "status", "ended", by.ended()));
        }
        mentorships.register(counts, true);
        for (Figure figure : figures) {
            figure.gauge().register(all.stream().filter(report -> figure.value().apply(report) != null)
                    .map(report -> MultiGauge.Row.of(Tags.of("program", report.programId()),
                            figure.value().apply(report)))
                    .<MultiGauge.Row<?>>map(row -> row).toList(), true);
        }
    }

    private void figure(MeterRegistry meters, String name, String description, Function<ProgramReport, Number> value) {
        figures.add(new Figure(gauge(meters, name, description), value));
    }

    private static MultiGauge gauge(MeterRegistry meters, String name, String description) {
        return MultiGauge.builder(name).description(description).register(meters);
    }

    private static MultiGauge.Row<?> row(ProgramReport report, String tag, String value, long count) {
        return MultiGauge.Row.of(Tags.of("program", report.programId(), tag, value), count);
    }

    private record Figure(MultiGauge gauge, Function<ProgramReport, Number> value) {
    }
}
