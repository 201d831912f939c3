package org.mentorat.matching.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.matching.lifecycle.Leavers;
import org.mentorat.matching.readmodel.CandidateErasure;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.OrgChart;
import org.mentorat.matching.readmodel.PersonProfiles;
import org.mentorat.matching.readmodel.Programs;
import org.mentorat.matching.suggestion.RankingCache;
import org.mentorat.platform.consumer.EventDispatcher;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.privacy.ErasureReceipts;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes profile events into matching's read model. Every step is idempotent (sequence guards,
 * newest-wins, conditional updates), so a redelivered event changes nothing. Matching never calls
 * profile-service: what it knows of people and programs came through here.
 */
@Component
class ProfileEventsListener {

    private final Candidates candidates;
    private final Programs programs;
    private final PersonProfiles profiles;
    private final OrgChart orgChart;
    private final Leavers leavers;
    private final CandidateErasure erasure;
    private final ErasureReceipts erasureReceipts;
    private final RankingCache rankings;
    private final EventDispatcher dispatcher;

    ProfileEventsListener(Candidates candidates, Programs programs, PersonProfiles profiles, OrgChart orgChart,
            Leavers leavers, CandidateErasure erasure, ErasureReceipts erasureReceipts, RankingCache rankings) {
        this.rankings = rankings;
        this.candidates = candidates;
        this.programs = programs;
        this.profiles = profiles;
        this.orgChart = orgChart;
        this.leavers = leavers;
        this.erasure = erasure;
        this.erasureReceipts = erasureReceipts;
        this.dispatcher = EventDispatcher.builder()
                .on(ProgramPublished.class, (published, event) -> {
                    programs.record(published, event);
                    rankings.forget(event.tenantId());
                })
                .on(MentorRegistered.class, this::mentorRegistered)
                .on(MenteeRegistered.class, this::menteeRegistered)
                .on(ProfileUpdated.class, this::profileUpdated)
                .on(EnrollmentWithdrawn.class, leavers::withdrew)
                .on(ProfileDeactivated.class, leavers::personLeft)
                .on(ProfileErasureRequested.class, this::erasureRequested)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "matching-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }

    private void mentorRegistered(MentorRegistered mentor, IncomingEvent event) {
        candidates.record(mentor, event);
        registered(event, mentor.personId(), mentor.employeeNumber(), mentor.managerEmployeeNumber(), mentor.registeredAt());
    }

    private void menteeRegistered(MenteeRegistered mentee, IncomingEvent event) {
        candidates.record(mentee, event);
        registered(event, mentee.personId(), mentee.employeeNumber(), mentee.managerEmployeeNumber(), mentee.registeredAt());
    }

    private void registered(IncomingEvent event, String personId, String employeeNumber, String manager,
            java.time.Instant at) {
        rankings.forget(event.tenantId());
        orgChart.record(event.tenantId(), employeeNumber, manager, at);
        profiles.applyLatest(event.tenantId(), personId);
        erasure.reapplyIfErased(event.tenantId(), personId);
    }

    private void profileUpdated(ProfileUpdated update, IncomingEvent event) {
        rankings.forget(event.tenantId());
        profiles.record(update, event);
        orgChart.record(event.tenantId(), update.employeeNumber(), update.managerEmployeeNumber(), update.updatedAt());
    }

    private void erasureRequested(ProfileErasureRequested request, IncomingEvent event) {
        leavers.left(event.tenantId(), request.personId());
        erasure.erase(event.tenantId(), request.personId(), request.erasureId());
        erasureReceipts.confirm(event.tenantId(), request.erasureId(), request.personId());
    }
}
