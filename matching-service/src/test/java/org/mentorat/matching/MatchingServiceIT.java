package org.mentorat.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.profile.Availability;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.platform.events.CloudEventRecords;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.RealInfrastructure;
import org.mentorat.testkit.TestInfrastructure;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** Profile events in, match proposals and acceptances out, on the real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {MatchingServiceApplication.CONFIG_NAME, "management.server.port=0"})
@RealInfrastructure(database = "matching")
class MatchingServiceIT {


    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void aRegisteredMenteeIsProposedTheMentorWhoOffersWhatTheyWant() {
        String program = id();
        try (EventProbe probe = probe()) {
            ProducerRecord<String, byte[]> javaMentor = mentor("acme", program, "mentor-java", 2, List.of("java"));
            publish(mentor("acme", program, "mentor-sales", 2, List.of("sales")));
            publish(javaMentor);
            publish(mentee("acme", program, "mentee-1", List.of("Java")));

            JsonNode proposal = data(probe.await(proposalFor("mentee-1")));

            assertThat(proposal.get("mentorId").asString()).isEqualTo("mentor-java");
            assertThat(proposal.get("programId").asString()).isEqualTo(program);
            assertThat(proposal.get("score").asDouble()).isEqualTo(1.0);
            assertThat(proposal.get("reasons").valueStream().map(JsonNode::asString))
                    .contains("SHARED_TOPICS", "SHARED_LANGUAGE");
        }
    }

    @Test
    void aReplayedRegistrationProposesNothingMoreAndTakesNoExtraSeat() {
        String program = id();
        try (EventProbe probe = probe()) {
            publish(mentor("acme", program, "mentor-a", 2, List.of("java")));
            ProducerRecord<String, byte[]> registration = mentee("acme", program, "mentee-a", List.of("java"));
            publish(registration);
            publish(registration);
            probe.await(proposalFor("mentee-a"));
            publish(mentee("acme", program, "mentee-b", List.of("java")));
            probe.await(proposalFor("mentee-b"));
            publish(mentee("acme", program, "mentee-c", List.of("java")));
            publish(mentor("acme", program, "mentor-b", 1, List.of("java")));

            probe.await(proposalFor("mentee-c"));
            assertThat(probe.matching(proposalFor("mentee-a"))).hasSize(1);
            assertThat(data(probe.matching(proposalFor("mentee-c")).get(0)).get("mentorId").asString())
                    .as("mentor-a's two seats went to mentee-a and mentee-b").isEqualTo("mentor-b");
        }
    }

    @Test
    void aMenteeWaitsWhenNoMentorHasASeatAndIsProposedWhenOneEnrols() {
        String program = id();
        try (EventProbe probe = probe()) {
            publish(mentee("acme", program, "mentee-early", List.of("design")));
            publish(mentor("acme", program, "mentor-late", 1, List.of("design")));

            assertThat(data(probe.await(proposalFor("mentee-early"))).get("mentorId").asString())
                    .isEqualTo("mentor-late");
        }
    }

    @Test
    void bothSidesAcceptingPublishesMatchAccepted() {
        String program = id();
        try (EventProbe probe = probe()) {
            publish(mentor("acme", program, "mentor-x", 1, List.of("java")));
            publish(mentee("acme", program, "mentee-x", List.of("java")));
            String matchId = header(probe.await(proposalFor("mentee-x")), "ce_subject");

            JsonNode half = HttpApi.JSON.readTree(post(TestTokens.bearer("acme", "mentee-x", "MENTEE"), matchId).getBody());
            assertThat(half.get("status").asString()).isEqualTo("PROPOSED");
            assertThat(probe.matching(EventProbe.ofTypeAbout(MatchAccepted.TYPE, matchId))).isEmpty();

            JsonNode accepted = HttpApi.JSON.readTree(post(TestTokens.bearer("acme", "mentor-x", "MENTOR"), matchId).getBody());
            assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
            JsonNode event = data(probe.await(EventProbe.ofTypeAbout(MatchAccepted.TYPE, matchId)));
            assertThat(event.get("menteeId").asString()).isEqualTo("mentee-x");
            assertThat(event.get("mentorId").asString()).isEqualTo("mentor-x");

            assertThat(post(TestTokens.bearer("acme", "mentor-x", "MENTOR"), matchId).getStatusCode().value())
                    .isEqualTo(409);
        }
    }

    @Test
    void strangersAndOtherTenantsCannotSeeOrAcceptAMatch() {
        String program = id();
        try (EventProbe probe = probe()) {
            publish(mentor("acme", program, "mentor-s", 1, List.of("java")));
            publish(mentee("acme", program, "mentee-s", List.of("java")));
            String matchId = header(probe.await(proposalFor("mentee-s")), "ce_subject");

            assertThat(get(TestTokens.bearer("globex", "admin", "PROGRAM_ADMIN"), matchId).getStatusCode().value())
                    .isEqualTo(404);
            assertThat(get(TestTokens.bearer("acme", "someone-else", "MENTEE"), matchId).getStatusCode().value())
                    .isEqualTo(404);
            assertThat(post(TestTokens.bearer("globex", "admin", "PROGRAM_ADMIN"), matchId).getStatusCode().value())
                    .isEqualTo(404);
            assertThat(get(TestTokens.bearer("acme", "admin", "PROGRAM_ADMIN"), matchId).getStatusCode().value())
                    .isEqualTo(200);
        }
    }

    private static Predicate<ConsumerRecord<String, byte[]>> proposalFor(String menteeId) {
        return ofType(MatchProposed.TYPE).and(record -> menteeId.equals(data(record).get("menteeId").asString()));
    }

    private ProducerRecord<String, byte[]> mentor(String tenant, String program, String person, int capacity,
            List<String> topics) {
        String enrollment = id();
        return record(tenant, enrollment, new MentorRegistered(enrollment, program, person, capacity, topics,
                List.of("fr"), "Engineering", Instant.now(), "ONE_TO_ONE", null, null, null, List.of(), null, true,
                "UTC", new Availability(null, List.of()), null, List.of(), List.of(), Map.of(), Map.of()));
    }

    private ProducerRecord<String, byte[]> mentee(String tenant, String program, String person, List<String> topics) {
        String enrollment = id();
        return record(tenant, enrollment, new MenteeRegistered(enrollment, program, person, topics, List.of("fr"),
                "Sales", "grow", Instant.now(), "ONE_TO_ONE", null, null, null, List.of(), null, true, "UTC",
                new Availability(null, List.of()), null, List.of(), List.of(), Map.of(), Map.of()));
    }

    private static ProducerRecord<String, byte[]> record(String tenant, String subject, DomainEvent event) {
        return CloudEventRecords.recordOf(Topics.PROFILE_EVENTS, EventSources.PROFILE, tenant, subject, 1, event);
    }

    private void publish(ProducerRecord<String, byte[]> record) {
        kafka.send(record).join();
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return HttpApi.JSON.readTree(record.value());
    }

    private static EventProbe probe() {
        return EventProbe.watching(TestInfrastructure.shared().kafkaBootstrapServers(), Topics.MATCHING_EVENTS);
    }

    private ResponseEntity<String> post(String token, String matchId) {
        return HttpApi.onLocalPort(port).post("/api/v1/matches/" + matchId + "/accept", token, null);
    }

    private ResponseEntity<String> get(String token, String matchId) {
        return HttpApi.onLocalPort(port).get("/api/v1/matches/" + matchId, token);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
