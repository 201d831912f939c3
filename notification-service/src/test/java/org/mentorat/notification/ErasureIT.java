package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;
import static org.mentorat.testkit.HttpApi.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.testkit.EventProbe;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * ProfileErasureRequested empties the person's inbox and forgets their outgoing messages, and is
 * confirmed once on privacy-receipts.
 */
class ErasureIT extends RunningNotificationService {

    @Autowired
    Dispatches dispatches;

    @Test
    void anErasedPersonsInboxIsEmptiedAndConfirmedOnceEvenWhenTheRequestIsReplayed() {
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        Notices notices = awaitNotices(completed.sessionId());
        String mentorsId = notices.mentor().get("id").asString();
        JsonNode forMentee = notices.mentee();
        ProfileErasureRequested requested = new ProfileErasureRequested("era-" + UUID.randomUUID(), pair.mentorId(),
                Instant.now());
        // one partition in tests: once a later erasure is confirmed, both copies of this one were handled
        ProfileErasureRequested later = new ProfileErasureRequested("era-" + UUID.randomUUID(),
                "nobody-" + UUID.randomUUID(), Instant.now());

        requestErasure(requested);
        requestErasure(requested);
        requestErasure(later);

        EventProbe probe = events();
        ConsumerRecord<String, byte[]> receipt = probe.await(ofTypeAbout(ErasureCompleted.TYPE, requested.erasureId()));
        probe.await(ofTypeAbout(ErasureCompleted.TYPE, later.erasureId()));
        JsonNode data = JSON.readTree(receipt.value());
        assertThat(data.get("service").asString()).isEqualTo("notification-service");
        assertThat(data.get("personId").asString()).isEqualTo(pair.mentorId());
        assertThat(header(receipt, "ce_source")).isEqualTo("/notification-service");
        assertThat(header(receipt, "ce_tenantid")).isEqualTo(pair.tenant());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> probe.matching(ofTypeAbout(ErasureCompleted.TYPE, requested.erasureId())).size() == 1);

        assertThat(driver.inboxOf(pair.tenant(), pair.mentorId())).isEmpty();
        problem(api.post("/api/v1/notifications/" + mentorsId + "/read", pair.asMentor(), null), 404, "not-found");
        assertThat(driver.inboxAbout(pair.tenant(), pair.menteeId(), completed.sessionId()))
                .singleElement().isEqualTo(forMentee);
    }

    @Test
    void anErasedPersonsWaitingMessagesAreNeverSentAndTheirHistoryKeepsNothing() {
        Outgoing reminder = Outgoing.email(pair.tenant(), pair.mentorId(), NotificationKind.SESSION_REMINDER)
                .due(clock.instant().plus(Duration.ofHours(1)));
        Outgoing sent = Outgoing.on(Channel.IN_APP, pair.tenant(), pair.mentorId(), NotificationKind.FEEDBACK_REQUEST);
        Outgoing forTheMentee = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.SESSION_REMINDER)
                .due(clock.instant().plus(Duration.ofHours(1)));
        List.of(reminder, sent, forTheMentee).forEach(message -> dispatches.schedule(message.build()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> queue.statusOf(pair.tenant(), sent.key()).filter("SENT"::equals).isPresent());
        ProfileErasureRequested requested = new ProfileErasureRequested("era-" + UUID.randomUUID(), pair.mentorId(),
                Instant.now());

        requestErasure(requested);

        events().await(ofTypeAbout(ErasureCompleted.TYPE, requested.erasureId()));
        assertThat(queue.statusOf(pair.tenant(), reminder.key())).isEmpty();
        assertThat(queue.statusOf(pair.tenant(), sent.key())).isEmpty();
        assertThat(driver.inboxOf(pair.tenant(), pair.mentorId())).isEmpty();
        assertThat(dispatches.schedule(reminder.build())).as("a replayed cause brings nothing back").isFalse();
        clock.advance(Duration.ofHours(1));
        Mailbox.awaitOnlyMailTo(forTheMentee.address());
        assertThat(Mailbox.receivedBy(reminder.address())).isEmpty();
    }

    private void requestErasure(ProfileErasureRequested requested) {
        service.publish(pair.tenant(), requested.personId(), 1, requested);
    }
}
