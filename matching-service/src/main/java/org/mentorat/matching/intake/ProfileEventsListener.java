package org.mentorat.matching.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.matching.proposal.Proposals;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.platform.consumer.EventDispatcher;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes profile events in: updates the candidate read model, then asks for proposals. Proposing
 * is idempotent, so a redelivered registration proposes nothing new.
 */
@Component
class ProfileEventsListener {

    private final Candidates candidates;
    private final Proposals proposals;
    private final EventDispatcher dispatcher;

    ProfileEventsListener(Candidates candidates, Proposals proposals) {
        this.candidates = candidates;
        this.proposals = proposals;
        this.dispatcher = EventDispatcher.builder()
                .on(MentorRegistered.class, this::mentorRegistered)
                .on(MenteeRegistered.class, this::menteeRegistered)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "matching-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }

    private void mentorRegistered(MentorRegistered mentor, IncomingEvent event) {
        candidates.record(mentor, event);
        proposals.proposeForWaitingMentees(event.tenantId(), mentor.programId());
    }

    private void menteeRegistered(MenteeRegistered mentee, IncomingEvent event) {
        candidates.record(mentee, event);
        candidates.mentee(event.tenantId(), mentee.enrollmentId())
                .ifPresent(waiting -> proposals.proposeFor(event.tenantId(), waiting));
    }
}
