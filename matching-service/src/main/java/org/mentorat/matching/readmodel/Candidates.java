package org.mentorat.matching.readmodel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Matching's own view of enrolled mentors and mentees, built from profile events (never by calling
 * profile-service). Erased candidates are never offered; seats and claims are the
 * {@link SeatLedger}'s.
 */
@Service
public class Candidates {

    private final MentorStore mentors;
    private final MenteeStore mentees;

    Candidates(MentorStore mentors, MenteeStore mentees) {
        this.mentors = mentors;
        this.mentees = mentees;
    }

    /** Someone who left the company is offered nowhere again. */
    public void personLeft(String tenantId, String personId) {
        mentors.personLeft(tenantId, personId);
        mentees.personLeft(tenantId, personId);
    }

    /** Active, unerased mentors of the program, oldest enrolment first (a stable order for ties). */
    public List<Mentor> mentors(String tenantId, String programId) {
        return mentors.active(tenantId, programId);
    }

    /** Every unerased mentee of the program, whatever their status. */
    public List<Mentee> mentees(String tenantId, String programId) {
        return mentees.ofProgram(tenantId, programId, null);
    }

    public List<Mentee> waitingMentees(String tenantId, String programId) {
        return mentees.ofProgram(tenantId, programId, MenteeStatus.WAITING);
    }

    public Optional<Mentor> mentor(String tenantId, String enrollmentId) {
        return mentors.find(tenantId, enrollmentId);
    }

    public Optional<Mentee> mentee(String tenantId, String enrollmentId) {
        return mentees.find(tenantId, enrollmentId);
    }

    /** The person's active mentor enrolment in the program, if any. */
    public Optional<Mentor> mentorByPerson(String tenantId, String programId, String personId) {
        return mentors.activeByPerson(tenantId, programId, personId);
    }

    /** The person's current mentee enrolment in the program (not withdrawn), if any. */
    public Optional<Mentee> menteeByPerson(String tenantId, String programId, String personId) {
        return mentees.currentByPerson(tenantId, programId, personId);
    }

    /** These mentors, if still active and unerased, in the order asked. */
    public List<Mentor> activeMentorsByEnrollment(String tenantId, List<String> enrollmentIds) {
        return mentors.activeByEnrollment(tenantId, enrollmentIds);
    }

    /** These mentees, unless erased. */
    public List<Mentee> menteesByEnrollment(String tenantId, Collection<String> enrollmentIds) {
        return mentees.byEnrollment(tenantId, enrollmentIds);
    }
}
