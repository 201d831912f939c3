package org.mentorat.session.program;

/**
 * What session-service needs to know of a published program to run its mentorships.
 *
 * @param relationshipWeeks how long a mentorship is planned to last
 * @param sessionCadenceWeeks a session is expected every this many weeks
 * @param stallAfterDays a mentorship with no session for this many days is stalled
 * @param closed the program was closed: its mentorships complete, no new ones open
 */
public record ProgramTerms(
        String programId,
        ProgramType type,
        int relationshipWeeks,
        int sessionCadenceWeeks,
        int stallAfterDays,
        boolean closed) {

    /** The stall threshold when a program does not set one. */
    public static final int DEFAULT_STALL_AFTER_DAYS = 30;
}
