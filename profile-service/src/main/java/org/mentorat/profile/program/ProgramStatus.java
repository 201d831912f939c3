package org.mentorat.profile.program;

/** A program is prepared as a draft, opened for enrolment when published, and closed at its end. */
public enum ProgramStatus {
    DRAFT, PUBLISHED, CLOSED
}
