package org.mentorat.matching.scoring.vocabulary;

import java.util.Objects;

/**
 * Everything needed to judge one mentor/mentee pair: both people, the program, the reporting lines,
 * the pair's history and how many seats the mentor has left.
 */
public record PairInput(
        Candidate mentor,
        Candidate mentee,
        ProgramRules program,
        ReportingLines reportingLines,
        PairHistory history,
        int mentorSeatsLeft) {

    public PairInput {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(program, "program");
        reportingLines = reportingLines == null ? ReportingLines.none() : reportingLines;
        history = history == null ? PairHistory.empty() : history;
    }

    /**
     * Mentor's level minus mentee's, or the reverse in a {@code REVERSE} program where the junior
     * person mentors; null when either level is unknown.
     */
    public Integer seniorityGap() {
        if (mentor.seniorityLevel() == null || mentee.seniorityLevel() == null) {
            return null;
        }
        int gap = mentor.seniorityLevel() - mentee.seniorityLevel();
        return program.type() == ProgramType.REVERSE ? -gap : gap;
    }
}
