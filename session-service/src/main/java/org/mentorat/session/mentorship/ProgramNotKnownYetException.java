package org.mentorat.session.mentorship;

/**
 * A match was accepted in a program whose ProgramPublished has not been consumed here yet. Thrown
 * so that the kit's error handler retries the acceptance with backoff (it is not an
 * IllegalArgumentException, which would be dead-lettered at once); see {@link MentorshipOpener}.
 */
class ProgramNotKnownYetException extends RuntimeException {

    ProgramNotKnownYetException(String tenantId, String programId, String matchId) {
        super("program " + programId + " of tenant " + tenantId + " is not known yet; match " + matchId
                + " opens its mentorship once ProgramPublished has been consumed");
    }
}
