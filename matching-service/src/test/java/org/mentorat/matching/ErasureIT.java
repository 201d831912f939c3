package org.mentorat.matching;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.events.profile.Availability;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.events.CloudEventRecords;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** ProfileErasureRequested in: the person's candidate data erased, one ErasureCompleted receipt out. */
@ServiceTest(service = "matching")
class ErasureIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    MongoDatabase database;

    @Test
    void anErasureRequestErasesTheCandidateDocumentsAndIsConfirmedOnce() {
        String program = id();
        String person = "person-" + id();
        String mentorEnrollment = id();
        String menteeEnrollment = id();
        publish(record("acme", mentorEnrollment, new MentorRegistered(mentorEnrollment, program, person, 2,
                List.of("java"), List.of("fr"), "Engineering", Instant.now(), "ONE_TO_ONE", "E-1", "E-0", 5,
                List.of(), "Paris", true, "UTC", new Availability(null, List.of()), "COACHING", List.of(), List.of(),
                Map.of(), Map.of())));
        publish(record("acme", menteeEnrollment, new MenteeRegistered(menteeEnrollment, program, person,
                List.of("design"), List.of("fr"), "Sales", "grow into leadership", Instant.now(), "ONE_TO_ONE", "E-1",
                "E-0", 5, List.of(), "Paris", true, "UTC", new Availability(null, List.of()), null, List.of(),
                List.of(), Map.of(), Map.of())));
        await().atMost(Duration.ofSeconds(30)).until(() -> mentor(mentorEnrollment) != null
                && mentee(menteeEnrollment) != null);
        assertThat(database.getCollection("org_chart").find(eq("_id", "acme:E-1")).first()).isNotNull();
        assertThat(mentor(mentorEnrollment).get("profile", Document.class).getList("topics", String.class)).containsExactly("java");

        String erasureId = id();
        try (EventProbe probe = EventProbe.watching(TestInfrastructure.shared().kafkaBootstrapServers(),
                Topics.PRIVACY_RECEIPTS)) {
            ProducerRecord<String, byte[]> request = record("acme", person,
                    new ProfileErasureRequested(erasureId, person, Instant.now()));
            publish(request);
            publish(request);

            ConsumerRecord<String, byte[]> receipt = probe.await(ofTypeAbout(ErasureCompleted.TYPE, erasureId));
            JsonNode data = HttpApi.JSON.readTree(receipt.value());
            assertThat(data.get("service").asString()).isEqualTo("matching-service");
            assertThat(data.get("personId").asString()).isEqualTo(person);
            assertThat(header(receipt, "ce_source")).isEqualTo("/matching-service");

            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
            assertThat(probe.matching(ofTypeAbout(ErasureCompleted.TYPE, erasureId))).hasSize(1);
        }

        assertThat(database.getCollection("org_chart").find(eq("_id", "acme:E-1")).first())
                .as("the person's place in the reporting lines is forgotten").isNull();
        Document mentor = mentor(mentorEnrollment);
        Document mentee = mentee(menteeEnrollment);
        for (Document candidate : List.of(mentor, mentee)) {
            assertThat(candidate.getBoolean("erased")).isTrue();
            assertThat(candidate.keySet()).doesNotContain("topics", "topicsWanted", "languages", "department",
                    "goals", "skills", "employeeNumber", "location");
            assertThat(candidate.getString("programId")).isEqualTo(program);
        }
        assertThat(mentor.getInteger("capacity")).isEqualTo(2);
        assertThat(mentor.getInteger("seatsLeft")).isEqualTo(2);
        assertThat(mentee.getString("status")).isNotNull();
        List<String> values = new ArrayList<>();
        List.of(mentor, mentee).forEach(document -> document.values().forEach(value -> values.add(String.valueOf(value))));
        assertThat(String.join(" ", values)).doesNotContain("java", "design", "Engineering", "Sales",
                "grow into leadership");
    }

    private Document mentor(String enrollment) {
        return database.getCollection("mentors").find(eq("_id", enrollment)).first();
    }

    private Document mentee(String enrollment) {
        return database.getCollection("mentees").find(eq("_id", enrollment)).first();
    }

    private static ProducerRecord<String, byte[]> record(String tenant, String subject, DomainEvent event) {
        return CloudEventRecords.recordOf(Topics.PROFILE_EVENTS, EventSources.PROFILE, tenant, subject, 1, event);
    }

    private void publish(ProducerRecord<String, byte[]> record) {
        driver.send(record);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
