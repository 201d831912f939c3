package org.mentorat.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofType;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.matching.MatchingServiceApplication;
import org.mentorat.notification.NotificationServiceApplication;
import org.mentorat.profile.ProfileServiceApplication;
import org.mentorat.session.SessionServiceApplication;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.MovableClock;
import org.mentorat.testkit.TestInfrastructure;
import org.mentorat.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton across all four services on one real broker: people enrol, matching
 * proposes a pair, both accept, session-service opens a mentorship where a session is scheduled
 * and completed, and notification-service asks both people for feedback. Every hop is asserted
 * on the broker and through the owning service's API, so removing any one of them fails here.
 */
class WalkingSkeletonIT {

    private static final MovableClock CLOCK = new MovableClock();
    private static RunningPlatform platform;
    private static Api api;

    private final String tenant = "chain-" + UUID.randomUUID();
    private final String admin = TestTokens.bearer(tenant, "admin-1", "PROGRAM_ADMIN");

    @BeforeAll
    static void startPlatform() {
        Map<String, Class<?>> services = new LinkedHashMap<>();
        services.put("profile", ProfileServiceApplication.class);
        services.put("matching", MatchingServiceApplication.class);
        services.put("session", SessionServiceApplication.class);
        services.put("notification", NotificationServiceApplication.class);
        platform = RunningPlatform.start(services, CLOCK);
        api = new Api(platform);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aPairIsMatchedMeetsAndIsAskedForFeedback() {
        try (EventProbe events = EventProbe.watching(TestInfrastructure.shared().kafkaBootstrapServers(),
                Topics.PROFILE_EVENTS, Topics.MATCHING_EVENTS, Topics.SESSION_EVENTS, Topics.NOTIFICATION_EVENTS)) {
            // profile-service: two people enrol in a published program
            String mentor = api.created("profile", "/api/v1/people", admin, person("Marc", "fr")).get("id").asString();
            String mentee = api.created("profile", "/api/v1/people", admin, person("Lina", "fr")).get("id").asString();
            String program = api.created("profile", "/api/v1/programs", admin, Map.of("name", "Grow")).get("id").asString();
            api.post("profile", "/api/v1/programs/" + program + "/publish", admin, null);
            api.created("profile", "/api/v1/programs/" + program + "/enrollments", admin,
                    Map.of("personId", mentor, "role", "MENTOR", "capacity", 1, "topics", List.of("java")));
            api.created("profile", "/api/v1/programs/" + program + "/enrollments", admin,
                    Map.of("personId", mentee, "role", "MENTEE", "topics", List.of("java"), "goals", "ship"));
            events.await(ofType(MentorRegistered.TYPE).and(about("personId", mentor)));
            events.await(ofType(MenteeRegistered.TYPE).and(about("personId", mentee)));

            // matching-service: suggests the mentor to the mentee, who picks them; the mentor accepts
            String menteeToken = TestTokens.bearer(tenant, mentee, "MENTEE");
            String mentorToken = TestTokens.bearer(tenant, mentor, "MENTOR");
            String suggestions = "/api/v1/programs/" + program + "/mentees/" + mentee + "/suggestions";
            await().atMost(Duration.ofSeconds(30)).until(() -> api.status("matching", suggestions, menteeToken) == 200
                    && api.ok("matching", suggestions, menteeToken).get("suggestions").size() == 1);
            JsonNode suggested = api.ok("matching", suggestions, menteeToken).get("suggestions").get(0);
            assertThat(suggested.get("mentorId").asString()).isEqualTo(mentor);
            assertThat(suggested.get("topChoice").asBoolean()).isTrue();
            String matchId = api.created("matching", "/api/v1/matches", menteeToken,
                    Map.of("programId", program, "mentorId", mentor)).get("id").asString();
            ConsumerRecord<String, byte[]> proposed = events.await(ofType(MatchProposed.TYPE).and(subject(matchId)));
            assertThat(data(proposed).get("mentorId").asString()).isEqualTo(mentor);
            assertThat(api.ok("matching", "/api/v1/matches/" + matchId, menteeToken).get("status").asString())
                    .isEqualTo("PROPOSED");
            api.post("matching", "/api/v1/matches/" + matchId + "/accept", mentorToken, null);
            events.await(ofType(MatchAccepted.TYPE).and(subject(matchId)));

            // session-service: opens the mentorship; the mentor schedules and completes a session
            ConsumerRecord<String, byte[]> started = events.await(ofType(MentorshipStarted.TYPE).and(about("matchId", matchId)));
            String mentorshipId = header(started, "ce_subject");
            assertThat(api.ok("session", "/api/v1/mentorships/" + mentorshipId, menteeToken).get("menteeIds")
                    .valueStream().map(JsonNode::asString)).containsExactly(mentee);
            String startsAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString();
            String sessionId = api.created("session", "/api/v1/mentorships/" + mentorshipId + "/sessions", mentorToken,
                    Map.of("startsAt", startsAt, "durationMinutes", 45)).get("id").asString();
            events.await(ofType(SessionScheduled.TYPE).and(subject(sessionId)));
            CLOCK.advance(Duration.ofDays(1).plusHours(1));
            api.post("session", "/api/v1/sessions/" + sessionId + "/complete", mentorToken, null);
            ConsumerRecord<String, byte[]> completed = events.await(ofType(SessionCompleted.TYPE).and(subject(sessionId)));
            assertThat(data(completed).get("programId").asString()).isEqualTo(program);

            // notification-service: both people are asked for feedback on that session
            for (String person : List.of(mentor, mentee)) {
                events.await(ofType(NotificationSent.TYPE).and(about("recipientId", person))
                        .and(about("kind", "FEEDBACK_REQUEST")).and(about("relatedId", sessionId)));
                String token = TestTokens.bearer(tenant, person, person.equals(mentor) ? "MENTOR" : "MENTEE");
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                        assertThat(api.items(api.ok("notification", "/api/v1/notifications/me", token)))
                                .anySatisfy(notification -> {
                                    assertThat(notification.get("kind").asString()).isEqualTo("FEEDBACK_REQUEST");
                                    assertThat(notification.get("relatedId").asString()).isEqualTo(sessionId);
                                }));
            }
        }
    }

    @Test
    void anErasureIsConfirmedByEveryServiceThatHeldThePerson() {
        String mentee = api.created("profile", "/api/v1/people", admin, person("Zoe", "en")).get("id").asString();
        String program = api.created("profile", "/api/v1/programs", admin, Map.of("name", "Privacy")).get("id").asString();
        api.post("profile", "/api/v1/programs/" + program + "/publish", admin, null);
        api.created("profile", "/api/v1/programs/" + program + "/enrollments", admin,
                Map.of("personId", mentee, "role", "MENTEE", "topics", List.of("java"), "goals", "private words"));

        String erasure = api.accepted("profile", "/api/v1/people/" + mentee + "/erasure", admin).get("id").asString();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode status = api.ok("profile", "/api/v1/erasures/" + erasure, admin);
            assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("COMPLETED");
            assertThat(status.get("services").findValuesAsString("service")).containsExactlyInAnyOrder(
                    "profile-service", "matching-service", "session-service", "notification-service");
        });
    }

    private Map<String, Object> person(String name, String language) {
        return Map.of("employeeNumber", "E-" + UUID.randomUUID(), "givenName", name, "familyName", "Test",
                "email", name.toLowerCase() + "@" + tenant + ".test", "languages", List.of(language));
    }

    private static Predicate<ConsumerRecord<String, byte[]>> about(String field, String value) {
        return record -> {
            JsonNode node = data(record).get(field);
            return node != null && value.equals(node.asString());
        };
    }

    private static Predicate<ConsumerRecord<String, byte[]>> subject(String subject) {
        return record -> subject.equals(header(record, "ce_subject"));
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return HttpApi.JSON.readTree(record.value());
    }
}
