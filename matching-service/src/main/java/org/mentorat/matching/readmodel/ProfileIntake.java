package org.mentorat.matching.readmodel;

import java.time.Instant;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Takes profile events into matching's read model. Every step is idempotent (sequence guards,
 * newest-wins, conditional updates), so a redelivered event changes nothing. Matching never calls
 * profile-service: what it knows of people and programs came through here. What other features do
 * about a change (end matches, drop prepared rankings) they do on the in-process events published
 * here, on this thread, so they keep the order of the profile events.
 */
@Service
class ProfileIntake {

    private final MentorStore mentors;
    private final MenteeStore mentees;
    private final ProgramStore programs;
    private final ProfileStore profiles;
    private final OrgChartStore orgChart;
    private final CandidateErasure erasure;
    private final ApplicationEventPublisher publisher;

    ProfileIntake(MentorStore mentors, MenteeStore mentees, ProgramStore programs, ProfileStore profiles,
            OrgChartStore orgChart, CandidateErasure erasure, ApplicationEventPublisher publisher) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.programs = programs;
        this.profiles = profiles;
        this.orgChart = orgChart;
        this.erasure = erasure;
        this.publisher = publisher;
    }

    void programPublished(ProgramPublished published, IncomingEvent event) {
        programs.record(published, event);
        publisher.publishEvent(new CandidatesChanged(event.tenantId()));
    }

    /** Also on a redelivery: the program's proposals may not all have expired before a crash. */
    void programClosed(ProgramClosed closed, IncomingEvent event) {
        programs.close(closed, event);
        publisher.publishEvent(new ProgramClosedLocally(event.tenantId(), closed.programId()));
    }

    void mentorRegistered(MentorRegistered mentor, IncomingEvent event) {
        mentors.record(mentor, event);
        registered(event, mentor.personId(), mentor.employeeNumber(), mentor.managerEmployeeNumber(),
                mentor.registeredAt());
    }

    void menteeRegistered(MenteeRegistered mentee, IncomingEvent event) {
        mentees.record(mentee, event);
        registered(event, mentee.personId(), mentee.employeeNumber(), mentee.managerEmployeeNumber(),
                mentee.registeredAt());
    }

    void profileUpdated(ProfileUpdated update, IncomingEvent event) {
        publisher.publishEvent(new CandidatesChanged(event.tenantId()));
        profiles.record(update, event);
        profiles.applyLatest(event.tenantId(), update.personId());
        orgChart.record(event.tenantId(), update.employeeNumber(), update.managerEmployeeNumber(), update.updatedAt());
    }

    void enrollmentWithdrawn(EnrollmentWithdrawn withdrawal, IncomingEvent event) {
        if ("MENTOR".equals(withdrawal.role())) {
            mentors.withdraw(withdrawal.enrollmentId(), event);
        } else {
            mentees.withdraw(withdrawal.enrollmentId(), event);
        }
        publisher.publishEvent(new EnrollmentWithdrawnLocally(event.tenantId(), withdrawal.enrollmentId()));
    }

    void personDeactivated(ProfileDeactivated deactivation, IncomingEvent event) {
        mentors.personLeft(event.tenantId(), deactivation.personId());
        mentees.personLeft(event.tenantId(), deactivation.personId());
        publisher.publishEvent(new PersonLeft(event.tenantId(), deactivation.personId()));
    }

    private void registered(IncomingEvent event, String personId, String employeeNumber, String manager, Instant at) {
        publisher.publishEvent(new CandidatesChanged(event.tenantId()));
        orgChart.record(event.tenantId(), employeeNumber, manager, at);
        profiles.applyLatest(event.tenantId(), personId);
        erasure.reapplyIfErased(event.tenantId(), personId);
    }
}
