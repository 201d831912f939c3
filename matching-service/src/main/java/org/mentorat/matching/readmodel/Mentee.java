package org.mentorat.matching.readmodel;

import org.bson.Document;
import org.mentorat.matching.scoring.Candidate;

/**
 * A mentee's enrolment as matching sees it.
 *
 * @param status {@code WAITING} for a match, {@code MATCHED} while a proposal is open or accepted,
 *     {@code WITHDRAWN} from the program, {@code LEFT} the company
 * @param openMatchId the match holding this mentee, when {@code MATCHED}
 */
public record Mentee(String enrollmentId, String programId, String personId, String status, String openMatchId,
        Candidate profile) {

    public static final String WAITING = "WAITING";
    public static final String MATCHED = "MATCHED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String LEFT = "LEFT";

    public boolean waiting() {
        return WAITING.equals(status);
    }

    /** In a peer program a mentee stands on the other side of a pair too, with one seat. */
    public Mentor asPeerMentor() {
        return new Mentor(enrollmentId, programId, personId, 1, waiting() ? 1 : 0, true, profile);
    }

    static Mentee fromDocument(Document document) {
        String personId = document.getString("personId");
        return new Mentee(document.getString("_id"), document.getString("programId"), personId,
                document.getString("status"), document.getString("openMatchId"),
                CandidateDocuments.fromDocument(personId, document.get("profile", Document.class)));
    }
}
