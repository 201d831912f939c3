package org.mentorat.matching.readmodel;

import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.matching.proposal.Proposals;
import org.mentorat.platform.consumer.EventDispatcher;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the candidate read model up to date and asks for proposals. Proposing is idempotent, so
 * a redelivered registration proposes nothing new.
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
        ReadModels.applyIfNewer(candidates.mentors(), mentor.enrollmentId(), event, Updates.combine(
                Updates.set("programId", mentor.programId()),
                Updates.set("personId", mentor.personId()),
                Updates.set("capacity", mentor.capacity()),
                Updates.set("topics", mentor.topics()),
                Updates.set("languages", mentor.languages()),
                Updates.set("department", mentor.department()),
                Updates.set("registeredAt", Date.from(mentor.registeredAt())),
                Updates.setOnInsert("seatsLeft", mentor.capacity()),
                Updates.setOnInsert("reservedFor", List.of())));
        proposals.proposeForWaitingMentees(event.tenantId(), mentor.programId());
    }

    private void menteeRegistered(MenteeRegistered mentee, IncomingEvent event) {
        ReadModels.applyIfNewer(candidates.mentees(), mentee.enrollmentId(), event, Updates.combine(
                Updates.set("programId", mentee.programId()),
                Updates.set("personId", mentee.personId()),
                Updates.set("topicsWanted", mentee.topicsWanted()),
                Updates.set("languages", mentee.languages()),
                Updates.set("department", mentee.department()),
                Updates.set("goals", mentee.goals()),
                Updates.set("registeredAt", Date.from(mentee.registeredAt())),
                Updates.setOnInsert("status", Mentee.WAITING)));
        candidates.mentee(event.tenantId(), mentee.enrollmentId())
                .ifPresent(waiting -> proposals.proposeFor(event.tenantId(), waiting));
    }
}
