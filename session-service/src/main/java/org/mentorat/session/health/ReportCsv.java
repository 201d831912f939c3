package org.mentorat.session.health;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A program report as one CSV table (RFC 4180: CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled): one row per figure, with the month for monthly figures. Text that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return) is
 * prefixed with a single quote, as OWASP recommends; plain numbers, negative ones included, stay
 * numbers.
 */
final class ReportCsv {

    /** A few dozen lines of figures, one per month: far below this. */
    static final int MAX_LENGTH = 1_000_000;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String HEADER = "program,figure,month,value";

    private ReportCsv() {
    }

    static String of(ProgramReport report) {
        String program = report.name() == null ? report.programId() : report.name();
        List<String[]> rows = new ArrayList<>();
        ProgramReport.Mentorships mentorships = report.mentorships();
        rows.add(row("mentorships_active", null, mentorships.active()));
        rows.add(row("mentorships_paused", null, mentorships.paused()));
        rows.add(row("mentorships_stalled", null, mentorships.stalled()));
        rows.add(row("mentorships_completed", null, mentorships.completed()));
        rows.add(row("mentorships_ended", null, mentorships.ended()));
        rows.add(row("sessions_held", null, report.sessionsHeld()));
        rows.add(row("mentoring_hours", null, report.mentoringHours()));
        for (ProgramReport.Month month : report.months()) {
            rows.add(row("sessions_held", month.month(), month.sessionsHeld()));
            rows.add(row("mentoring_hours", month.month(), month.mentoringHours()));
        }
        rows.add(row("goals_set", null, report.goals().set()));
        rows.add(row("goals_achieved", null, report.goals().achieved()));
        rows.add(row("goal_completion_rate", null, report.goals().completionRate()));
        rows.add(row("average_rating", null, report.averageRating()));
        rows.add(row("ratings", null, report.ratings()));
        rows.add(row("nps", null, report.nps().score()));
        rows.add(row("nps_responses", null, report.nps().responses()));
        rows.add(row("median_days_to_first_session", null, report.medianDaysToFirstSession()));
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (String[] row : rows) {
            csv.append(cell(program)).append(',').append(cell(row[0])).append(',').append(cell(row[1])).append(',')
                    .append(cell(row[2])).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !NUMBER.matcher(value).matches() && startsLikeAFormula(value) ? "'" + value : value;
        boolean quoted = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private static String[] row(String figure, String month, Object value) {
        return new String[] {figure, month, value == null ? null : value.toString()};
    }
}
