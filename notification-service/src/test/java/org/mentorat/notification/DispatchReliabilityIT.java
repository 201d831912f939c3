package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.notification.Mailbox.awaitOnlyMailTo;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.notification.NotificationFailed;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.notification.dispatch.QueueAccess;
import org.mentorat.notification.message.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Exactly once as the recipient sees it: through mail server outages, several instances,
 * restarts, cancellations and messages whose moment has passed. The service's clock is moved
 * instead of waiting for due times and backoffs (1 min, then 2 min; 3 tries in tests).
 */
class DispatchReliabilityIT extends RunningNotificationService {

    @Autowired
    Dispatches dispatches;

    @Test
    void whenTheMailServerIsDownTheMailIsTriedAgainAndArrivesOnceItIsBack() {
        Outgoing request = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.FEEDBACK_REQUEST)
                .due(clock.instant());
        Mailbox.stop();

        dispatches.schedule(request.build());

        awaitStatus(request, "RETRY");
        assertThat(queue.attemptsOf(pair.tenant(), request.key())).isEqualTo(1);
        Mailbox.restart();
        clock.advance(Duration.ofMinutes(1));
        awaitOnlyMailTo(request.address());
        awaitStatus(request, "SENT");
    }

    @Test
    void afterTheLastTryTheMessageFailsForGoodAndSaysSoOnTheBroker() {
        Outgoing request = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.FEEDBACK_REQUEST)
                .due(clock.instant());
        String id = QueueAccess.idOf(pair.tenant(), request.key());
        Mailbox.stop();

        dispatches.schedule(request.build());
        awaitAttempts(request, 1);
        clock.advance(Duration.ofMinutes(1));
        awaitAttempts(request, 2);
        clock.advance(Duration.ofMinutes(2));

        ConsumerRecord<String, byte[]> failed = events().await(ofTypeAbout(NotificationFailed.TYPE, id));
        JsonNode data = JSON.readTree(failed.value());
        assertThat(data.get("attempts").asInt()).isEqualTo(3);
        assertThat(data.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(data.get("kind").asString()).isEqualTo("FEEDBACK_REQUEST");
        assertThat(data.get("recipientId").asString()).isEqualTo(pair.menteeId());
        assertThat(data.get("reason").asString()).startsWith("the mail server is unreachable").doesNotContain("@");
        assertThat(queue.statusOf(pair.tenant(), request.key())).contains("FAILED");
        Mailbox.restart();
        clock.advance(Duration.ofMinutes(30));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> Mailbox.receivedBy(request.address()).isEmpty());
    }

    @Test
    void twoInstancesSendingFromOneStoreNeverSendTheSameMailTwice() throws Exception {
        String batch = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        Instant due = clock.instant().plus(Duration.ofHours(1));
        for (int i = 0; i < 200; i++) {
            dispatches.schedule(Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.FEEDBACK_REQUEST)
                    .to(batch + "-" + i + "@example.org").due(due).build());
        }
        AtomicBoolean sending = new AtomicBoolean(true);
        try (QueueAccess.Instance second = queue.anotherInstance("second-instance")) {
            Thread secondInstance = Thread.ofPlatform().start(() -> {
                while (sending.get()) {
                    second.pollOnce();
                }
            });
            clock.advance(Duration.ofHours(1));

            await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.receivedByAnyOf(batch).size() >= 200);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                    .until(() -> Mailbox.receivedByAnyOf(batch).size() == 200);
            sending.set(false);
            secondInstance.join();
        }
        Map<String, Long> perAddress = Mailbox.receivedByAnyOf(batch).stream()
                .collect(Collectors.groupingBy(DispatchReliabilityIT::recipient, Collectors.counting()));
        assertThat(perAddress).hasSize(200).allSatisfy((address, mails) -> assertThat(mails).isEqualTo(1));
    }

    @Test
    void ofTwoInstancesThatReadTheSameMessageOnlyTheFirstToClaimItGetsIt() {
        Outgoing reminder = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.SESSION_REMINDER)
                .due(clock.instant().plus(Duration.ofHours(1)));
        dispatches.schedule(reminder.build());
        QueueAccess.Read readByBoth = queue.readAsDue(pair.tenant(), reminder.key());

        assertThat(queue.claim(readByBoth, "instance-a")).isTrue();
        assertThat(queue.claim(readByBoth, "instance-b")).isFalse();
    }

    @Test
    void aMessageCancelledAfterAPollerReadItIsNeitherClaimedNorSent() {
        String group = "reminders:ses-" + UUID.randomUUID();
        Outgoing reminder = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.SESSION_REMINDER)
                .due(clock.instant().plus(Duration.ofHours(1))).inGroup(group);
        dispatches.schedule(reminder.build());
        QueueAccess.Read read = queue.readAsDue(pair.tenant(), reminder.key());

        dispatches.cancel(pair.tenant(), group);

        assertThat(queue.claim(read, "slow-instance")).isFalse();
        assertThat(queue.statusOf(pair.tenant(), reminder.key())).contains("CANCELLED");
    }

    @Test
    void anInstanceThatDiesHoldingAMessageLosesNothingTheNextOneSendsItOnce() {
        Outgoing reminder = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.SESSION_REMINDER)
                .due(clock.instant().plus(Duration.ofHours(1)));
        dispatches.schedule(reminder.build());
        queue.claimAndCrash(pair.tenant(), reminder.key(), Duration.ofHours(1).plusMinutes(1));

        clock.advance(Duration.ofHours(1));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> Mailbox.receivedBy(reminder.address()).isEmpty());
        clock.advance(Duration.ofMinutes(2));

        try (QueueAccess.Instance restarted = queue.anotherInstance("restarted-instance")) {
            restarted.pollOnce();
            awaitOnlyMailTo(reminder.address());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        awaitStatus(reminder, "SENT");
    }

    @Test
    void aReminderFoundAfterItsMomentPassedIsDroppedAndCounted() {
        Instant now = clock.instant();
        Outgoing late = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.SESSION_REMINDER)
                .due(now.minus(Duration.ofHours(2))).notAfter(now.minus(Duration.ofHours(1)));
        Outgoing stillUseful = Outgoing.email(pair.tenant(), pair.mentorId(), NotificationKind.SESSION_REMINDER)
                .due(now.minus(Duration.ofHours(2))).notAfter(now.plus(Duration.ofHours(1)));

        dispatches.schedule(late.build());
        dispatches.schedule(stillUseful.build());

        awaitOnlyMailTo(stillUseful.address());
        awaitStatus(late, "DROPPED");
        assertThat(Mailbox.receivedBy(late.address())).isEmpty();
        String metrics = service.management().get("/actuator/prometheus", null).getBody();
        assertThat(counter(metrics, "mentorat_notifications_outcome_total", "outcome=\"dropped\"")).isGreaterThanOrEqualTo(1);
        assertThat(counter(metrics, "mentorat_notifications_outcome_total", "outcome=\"sent\"")).isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("mentorat_notifications_due ").contains("mentorat_notifications_due_oldest_age_seconds ");
    }

    @Test
    void cancellingAGroupRemovesItsPendingMessagesOnly() {
        Instant inAnHour = clock.instant().plus(Duration.ofHours(1));
        String group = "reminders:ses-" + UUID.randomUUID();
        Outgoing alreadySent = Outgoing.email(pair.tenant(), pair.mentorId(), NotificationKind.SESSION_SCHEDULED)
                .inGroup(group);
        Outgoing dayBefore = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.SESSION_REMINDER)
                .due(inAnHour).inGroup(group);
        Outgoing hourBefore = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.SESSION_REMINDER)
                .to("hour-" + pair.menteeId() + "@example.org").due(inAnHour).inGroup(group);
        Outgoing otherSession = Outgoing.email(pair.tenant(), pair.mentorId(), NotificationKind.SESSION_REMINDER)
                .to("other-" + pair.mentorId() + "@example.org").due(inAnHour).inGroup(group + "-other");
        List.of(alreadySent, dayBefore, hourBefore, otherSession).forEach(message -> dispatches.schedule(message.build()));
        awaitStatus(alreadySent, "SENT");

        assertThat(dispatches.cancel(pair.tenant(), group)).isEqualTo(2);
        assertThat(dispatches.cancel(pair.tenant(), group)).isZero();
        assertThat(dispatches.cancel("globex", group + "-other")).isZero();

        clock.advance(Duration.ofHours(1));
        awaitOnlyMailTo(otherSession.address());
        assertThat(Mailbox.receivedBy(dayBefore.address())).isEmpty();
        assertThat(Mailbox.receivedBy(hourBefore.address())).isEmpty();
        assertThat(queue.statusOf(pair.tenant(), dayBefore.key())).contains("CANCELLED");
        assertThat(queue.statusOf(pair.tenant(), alreadySent.key())).contains("SENT");
    }

    private void awaitStatus(Outgoing message, String status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> queue.statusOf(pair.tenant(), message.key()).filter(status::equals).isPresent());
    }

    private void awaitAttempts(Outgoing message, int attempts) {
        await().atMost(Duration.ofSeconds(30)).until(() -> queue.attemptsOf(pair.tenant(), message.key()) == attempts);
    }

    private static double counter(String metrics, String name, String tag) {
        Matcher lines = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(metrics);
        double total = 0;
        while (lines.find()) {
            if (lines.group(1).contains(tag) && lines.group(1).contains("channel=\"EMAIL\"")) {
                total += Double.parseDouble(lines.group(2));
            }
        }
        return total;
    }

    private static String recipient(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).findFirst().orElseThrow();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
