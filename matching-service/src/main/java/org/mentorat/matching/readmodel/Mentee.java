package org.mentorat.matching.readmodel;

import org.mentorat.matching.scoring.vocabulary.Candidate;

/**
 * A mentee's enrolment as matching sees it.
 *
 * @param openMatchId the match holding this mentee, when {@code MATCHED}
 */
public record Mentee(String enrollmentId, String programId, String personId, MenteeStatus status, String openMatchId,
        Candidate profile) {

    public boolean waiting() {
        return status == MenteeStatus.WAITING;
    }

    /** In a peer program a mentee stands on the other side of a pair too, with one seat. */
    public Mentor asPeerMentor() {
        return new Mentor(enrollmentId, programId, personId, 1, waiting() ? 1 : 0, true, profile);
    }
}
