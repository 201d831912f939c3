package org.mentorat.session.mentorship;

import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ForbiddenException;

/**
 * A page of a tenant's mentorships, optionally those of one person, one program or in one status.
 * {@code personId} null means everyone, which only administrators may ask for.
 */
record MentorshipSearch(String personId, String programId, MentorshipStatus status, int page, int size) {

    /** Participants always search their own mentorships; asking for someone else's is refused. */
    static MentorshipSearch by(Caller caller, String personId, String programId, MentorshipStatus status, int page,
            int size) {
        if (caller.isAdmin()) {
            return new MentorshipSearch(personId, programId, status, page, size);
        }
        if (personId != null && !personId.equals(caller.subject())) {
            throw new ForbiddenException("Participants may only list their own mentorships.");
        }
        return new MentorshipSearch(caller.subject(), programId, status, page, size);
    }

    int skip() {
        return page * size;
    }
}
