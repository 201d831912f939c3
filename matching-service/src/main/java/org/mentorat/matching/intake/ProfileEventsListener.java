package org.mentorat.matching.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.matching.proposal.Proposals;
import org.mentorat.matching.readmodel.CandidateErasure;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.platform.consumer.EventDispatcher;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.privacy.ErasureReceipts;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes profile events in: updates the candidate read model, then asks for proposals. Proposing
 * is idempotent, so a redelivered registration proposes nothing new. An erasure request erases the
 * person's candidate documents, then confirms with a receipt (once per erasure id).
 */
@Component
class ProfileEventsListener {

    private final Candidates candidates;
    private final Proposals proposals;
    private final CandidateErasure erasure;
    private final ErasureReceipts erasureReceipts;
    private final EventDispatcher dispatcher;

    ProfileEventsListener(Candidates candidates, Proposals proposals, CandidateErasure erasure,
            ErasureReceipts erasureReceipts) {
        this.candidates = candidates;
        this.proposals = proposals;
        this.erasure = erasure;
        this.erasureReceipts = erasureReceipts;
        this.dispatcher = EventDispatcher.builder()
                .on(MentorRegistered.class, this::mentorRegistered)
                .on(MenteeRegistered.class, this::menteeRegistered)
                .on(ProfileErasureRequested.class, this::erasureRequested)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "matching-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }

    private void mentorRegistered(MentorRegistered mentor, IncomingEvent event) {
        candidates.record(mentor, event);
        erasure.reapplyIfErased(event.tenantId(), mentor.personId());
        proposals.proposeForWaitingMentees(event.tenantId(), mentor.programId());
    }

    private void menteeRegistered(MenteeRegistered mentee, IncomingEvent event) {
        candidates.record(mentee, event);
        erasure.reapplyIfErased(event.tenantId(), mentee.personId());
        candidates.mentee(event.tenantId(), mentee.enrollmentId())
                .ifPresent(waiting -> proposals.proposeFor(event.tenantId(), waiting));
    }

    private void erasureRequested(ProfileErasureRequested request, IncomingEvent event) {
        erasure.erase(event.tenantId(), request.personId(), request.erasureId());
        erasureReceipts.confirm(event.tenantId(), request.erasureId(), request.personId());
    }
}
