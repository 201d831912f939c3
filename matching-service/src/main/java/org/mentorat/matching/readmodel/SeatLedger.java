package org.mentorat.matching.readmodel;

import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Who holds what: a mentor's seats and a mentee's open match, each changed by one conditional
 * single-document update, so that capacity can never be over-allocated however many requests race,
 * and every step is keyed by the match id, so that repeating it after a crash changes nothing.
 */
@Service
public class SeatLedger {

    private final MentorStore mentors;
    private final MenteeStore mentees;

    SeatLedger(MentorStore mentors, MenteeStore mentees) {
        this.mentors = mentors;
        this.mentees = mentees;
    }

    /** Takes one of the mentor's seats for this match; true also when the match already holds one. */
    public boolean reserveSeat(String tenantId, String mentorEnrollmentId, String matchId, Instant at) {
        return mentors.reserveSeat(tenantId, mentorEnrollmentId, matchId, at);
    }

    /** Gives the match's seat back; a second call finds no seat held and changes nothing. */
    public void releaseSeat(String tenantId, String mentorEnrollmentId, String matchId) {
        mentors.releaseSeat(tenantId, mentorEnrollmentId, matchId);
    }

    public boolean holdsSeat(String tenantId, String mentorEnrollmentId, String matchId) {
        return mentors.holdsSeat(tenantId, mentorEnrollmentId, matchId);
    }

    /** Marks a waiting mentee as held by this match; true also when this match already holds them. */
    public boolean claimMentee(String tenantId, String menteeEnrollmentId, String matchId) {
        return mentees.claim(tenantId, menteeEnrollmentId, matchId);
    }

    /** The mentee waits again, unless another match holds them meanwhile or they left the program. */
    public void releaseMentee(String tenantId, String menteeEnrollmentId, String matchId) {
        mentees.release(tenantId, menteeEnrollmentId, matchId);
    }
}
