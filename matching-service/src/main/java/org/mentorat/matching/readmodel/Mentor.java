package org.mentorat.matching.readmodel;

import org.bson.Document;
import org.mentorat.matching.scoring.Candidate;

/**
 * A mentor's enrolment as matching sees it. In a peer program every participant is enrolled as a
 * mentee, and a mentee can stand on the mentor side of a pair ({@link Mentee#asPeerMentor()}).
 *
 * @param seatsLeft capacity minus the seats held by open or accepted matches
 * @param active false once the mentor withdrew or left the company
 */
public record Mentor(String enrollmentId, String programId, String personId, int capacity, int seatsLeft,
        boolean active, Candidate profile) {

    static Mentor fromDocument(Document document) {
        String personId = document.getString("personId");
        return new Mentor(document.getString("_id"), document.getString("programId"), personId,
                document.getInteger("capacity", 0), document.getInteger("seatsLeft", 0),
                document.getBoolean("active", true),
                CandidateDocuments.fromDocument(personId, document.get("profile", Document.class)));
    }
}
