package org.mentorat.matching.readmodel;

/**
 * Where a mentee's enrolment stands: {@code WAITING} for a match, {@code MATCHED} while a proposal
 * is open or accepted, {@code WITHDRAWN} from the program, {@code LEFT} the company.
 */
public enum MenteeStatus {
    WAITING, MATCHED, WITHDRAWN, LEFT
}
