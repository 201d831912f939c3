package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.notification.NotificationSteps.person;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofType;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.problem;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.Topics;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/** SessionCompleted on session-events asks both participants for feedback, exactly once each. */
class FeedbackRequestIT extends RunningNotificationService {

    private static final String DEAD_SESSION_EVENTS = Topics.deadLetterOf(Topics.SESSION_EVENTS);

    @Test
    void aCompletedSessionAsksMentorAndMenteeForFeedbackAndSaysSo() {
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        EventProbe probe = events();

        Notices notices = awaitNotices(completed.sessionId());
        JsonNode forMentor = notices.mentor();
        JsonNode forMentee = notices.mentee();
        assertThat(forMentor.get("kind").asString()).isEqualTo("FEEDBACK_REQUEST");
        assertThat(forMentor.get("channel").asString()).isEqualTo("IN_APP");
        assertThat(forMentor.get("read").asBoolean()).isFalse();
        assertThat(forMentor.get("details").get("counterpartId").asString()).isEqualTo(pair.menteeId());
        assertThat(forMentor.get("details").get("mentorshipId").asString()).isEqualTo(pair.mentorshipId());
        assertThat(forMentee.get("details").get("counterpartId").asString()).isEqualTo(pair.mentorId());
        assertThat(forMentee.get("details").get("programId").asString()).isEqualTo(pair.programId());

        await().atMost(Duration.ofSeconds(30)).until(() -> probe.matching(sentAbout(completed)).size() >= 2);
        List<ConsumerRecord<String, byte[]>> sent = probe.matching(sentAbout(completed));
        assertThat(sent).hasSize(2);
        assertThat(sent).extracting(record -> data(record).get("recipientId").asString())
                .containsExactlyInAnyOrder(pair.mentorId(), pair.menteeId());
        assertThat(sent).extracting(record -> data(record).get("notificationId").asString())
                .containsExactlyInAnyOrder(forMentor.get("id").asString(), forMentee.get("id").asString());
        assertThat(sent).allSatisfy(record -> {
            assertThat(data(record).get("kind").asString()).isEqualTo("FEEDBACK_REQUEST");
            assertThat(data(record).get("channel").asString()).isEqualTo("IN_APP");
            assertThat(header(record, "ce_source")).isEqualTo("/notification-service");
            assertThat(header(record, "ce_tenantid")).isEqualTo("acme");
            assertThat(header(record, "ce_subject")).isEqualTo(data(record).get("notificationId").asString());
        });
    }

    @Test
    void eachPersonReadsOnlyTheirOwnRequest() {
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        String menteesId = awaitNotices(completed.sessionId()).mentee().get("id").asString();
        String read = "/api/v1/notifications/" + menteesId + "/read";

        problem(api.post(read, pair.asMentor(), null), 404, "not-found");
        problem(api.post(read, TestTokens.bearer(pair.tenant(), "admin-1", "PROGRAM_ADMIN"), null), 404, "not-found");
        problem(api.post(read, person("globex", pair.menteeId()), null), 404, "not-found");
        assertThat(driver.inboxOf("globex", pair.menteeId())).isEmpty();
        assertThat(driver.inboxAbout(pair.tenant(), pair.menteeId(), completed.sessionId()).get(0).get("read")
                .asBoolean()).isFalse();
    }

    @Test
    void aReplayedSessionCompletedChangesNothing() {
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        String mentorsId = awaitNotices(completed.sessionId()).mentor().get("id").asString();
        JsonNode readOnce = expect(api.post("/api/v1/notifications/" + mentorsId + "/read", pair.asMentor(), null),
                200);

        ConsumerRecord<String, byte[]> published = events().await(ofTypeAbout(SessionCompleted.TYPE,
                completed.sessionId()));
        driver.replay(published);
        driver.replay(published);
        // one partition in tests: once a later session is applied, both replays have been too
        SessionCompleted later = pair.sessionCompleted();
        driver.publish(pair.tenant(), later);
        awaitNotices(later.sessionId());

        List<JsonNode> mentors = driver.inboxAbout(pair.tenant(), pair.mentorId(), completed.sessionId());
        assertThat(mentors).hasSize(1);
        assertThat(mentors.get(0).get("readAt").asString()).isEqualTo(readOnce.get("readAt").asString());
        assertThat(driver.inboxAbout(pair.tenant(), pair.menteeId(), completed.sessionId())).hasSize(1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> events().matching(sentAbout(completed)).size() == 2);
    }

    @Test
    void aCompletionMissingItsMenteeIsDeadLetteredAndNotifiesNobody() {
        SessionCompleted incomplete = new SessionCompleted("ses-incomplete-" + pair.mentorId(), pair.mentorshipId(),
                pair.programId(), pair.mentorId(), null, Pair.AT, List.of(), 45);
        driver.publish(pair.tenant(), incomplete);

        ConsumerRecord<String, byte[]> dead = events().await(record -> DEAD_SESSION_EVENTS.equals(record.topic())
                && incomplete.sessionId().equals(record.key()));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("menteeId");
        assertThat(driver.inboxOf(pair.tenant(), pair.mentorId())).isEmpty();
    }

    private static Predicate<ConsumerRecord<String, byte[]>> sentAbout(SessionCompleted completed) {
        return ofType(NotificationSent.TYPE)
                .and(record -> data(record).get("relatedId").asString().equals(completed.sessionId()));
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(record.value());
    }
}
