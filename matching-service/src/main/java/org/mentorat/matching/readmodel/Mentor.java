package org.mentorat.matching.readmodel;

import org.mentorat.matching.scoring.vocabulary.Candidate;

/**
 * A mentor's enrolment as matching sees it. In a peer program every participant is enrolled as a
 * mentee, and a mentee can stand on the mentor side of a pair ({@link Mentee#asPeerMentor()}).
 *
 * @param seatsLeft capacity minus the seats held by open or accepted matches
 * @param active false once the mentor withdrew or left the company
 */
public record Mentor(String enrollmentId, String programId, String personId, int capacity, int seatsLeft,
        boolean active, Candidate profile) {
}
