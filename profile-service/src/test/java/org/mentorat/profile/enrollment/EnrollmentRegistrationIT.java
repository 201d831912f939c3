package org.mentorat.profile.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.profile.program.ProgramApi;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Enrolling publishes exactly one registration carrying everything matching scores and rules on. */
@ServiceTest(service = "profile")
class EnrollmentRegistrationIT {

    static final Map<String, String> PEER_MINDED = Map.of("learning-format", "peer", "who-teaches", "same-challenges",
            "mentor-help", "feedback", "time", "focused", "setting", "among-peers", "progress", "feedback");
    static final Map<String, String> FORMAL_GUIDE = Map.of("learning-format", "planned", "who-teaches", "senior",
            "mentor-help", "advice", "time", "regular", "setting", "one-to-one", "progress", "clear-direction");

    @Autowired
    ServiceDriver driver;

    @Test
    void aMenteesRegistrationCarriesTheirProfileAvailabilityStyleAndQuestionnaireResult() {
        ProgramApi api = new ProgramApi(driver);
        HttpApi.expect(api.http().put("/api/v1/skill-taxonomy/Java", api.admin, Map.of("synonyms", List.of("jvm"))), 200);
        String person = api.person("Amina", Map.of("languages", List.of("ar", "fr"), "department", "Finance",
                "seniorityLevel", 3, "managerEmployeeNumber", "E-100", "location", "Lyon", "remoteOk", false,
                "timeZone", "Europe/Paris", "skills", List.of(Map.of("name", "JVM", "level", 2))));
        String program = api.publishedProgram(Map.of("name", "Circles", "type", "GROUP"));
        EventProbe probe = driver.probe();
        JsonNode enrollment = HttpApi.expect(api.enrol(api.participant(person), program, Map.of(
                "personId", person, "role", "MENTEE", "topics", List.of("jvm", "negotiation"),
                "goals", "Lead my first team", "style", "COACHING",
                "availability", Map.of("hoursPerMonth", 4, "weeklySlots",
                        List.of(Map.of("day", "TUESDAY", "start", "09:00", "end", "10:30"))),
                "questionnaireAnswers", PEER_MINDED)), 201);
        String id = enrollment.get("id").asString();

        ConsumerRecord<String, byte[]> record = probe.await(ofTypeAbout(MenteeRegistered.TYPE, id));
        JsonNode event = HttpApi.JSON.readTree(record.value());
        assertThat(EventProbe.header(record, "ce_tenantid")).isEqualTo(api.tenant);
        assertThat(event.get("programId").asString()).isEqualTo(program);
        assertThat(event.get("programType").asString()).isEqualTo("GROUP");
        assertThat(strings(event.get("topicsWanted"))).containsExactly("Java", "negotiation");
        assertThat(strings(event.get("languages"))).containsExactly("ar", "fr");
        assertThat(event.get("department").asString()).isEqualTo("Finance");
        assertThat(event.get("seniorityLevel").asInt()).isEqualTo(3);
        assertThat(event.get("managerEmployeeNumber").asString()).isEqualTo("E-100");
        assertThat(event.get("employeeNumber").asString()).startsWith("E-");
        assertThat(event.get("location").asString()).isEqualTo("Lyon");
        assertThat(event.get("remoteOk").asBoolean()).isFalse();
        assertThat(event.get("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(event.get("skills").get(0).get("name").asString()).isEqualTo("Java");
        assertThat(event.get("skills").get(0).get("level").asInt()).isEqualTo(2);
        assertThat(event.get("goals").asString()).isEqualTo("Lead my first team");
        assertThat(event.get("preferredStyle").asString()).isEqualTo("COACHING");
        assertThat(event.get("availability").get("hoursPerMonth").asInt()).isEqualTo(4);
        assertThat(event.get("availability").get("weeklySlots").get(0))
                .isEqualTo(HttpApi.JSON.readTree("{\"day\":\"TUESDAY\",\"start\":\"09:00\",\"end\":\"10:30\"}"));
        assertThat(strings(event.get("preferredKinds"))).containsExactly("PEER");
        assertThat(strings(event.get("expectations"))).containsExactly("FEEDBACK");
        assertThat(event.get("kindScores").get("PEER").asDouble()).isEqualTo(1.0);
        assertThat(probe.matching(ofTypeAbout(MenteeRegistered.TYPE, id))).hasSize(1);
        assertThat(probe.matching(ofTypeAbout(MentorRegistered.TYPE, id))).isEmpty();
        JsonNode stored = HttpApi.expect(api.http().get("/api/v1/people/" + person + "/questionnaire",
                api.participant(person)), 200);
        assertThat(strings(stored.get("preferredKinds"))).containsExactly("PEER");
    }

    @Test
    void aMentorsRegistrationCarriesCapacityTopicsAndTheirStoredQuestionnaireResult() {
        ProgramApi api = new ProgramApi(driver);
        HttpApi.expect(api.http().put("/api/v1/skill-taxonomy/Java", api.admin, Map.of("synonyms", List.of("java"))), 200);
        String person = api.person("Bruno", Map.of("languages", List.of("fr"), "seniorityLevel", 8));
        HttpApi.expect(api.http().post("/api/v1/people/" + person + "/questionnaire", api.admin,
                Map.of("answers", FORMAL_GUIDE)), 200);
        String program = api.publishedProgram();
        EventProbe probe = driver.probe();
        String id = api.enrolled(program, Map.of("personId", person, "role", "MENTOR", "capacity", 3,
                "topics", List.of("java", "Leadership"), "style", "DIRECTIVE"));

        JsonNode event = HttpApi.JSON.readTree(probe.await(ofTypeAbout(MentorRegistered.TYPE, id)).value());
        assertThat(event.get("capacity").asInt()).isEqualTo(3);
        assertThat(strings(event.get("topics"))).containsExactly("Java", "Leadership");
        assertThat(event.get("programType").asString()).isEqualTo("ONE_TO_ONE");
        assertThat(event.get("seniorityLevel").asInt()).isEqualTo(8);
        assertThat(event.get("style").asString()).isEqualTo("DIRECTIVE");
        assertThat(event.get("timeZone").asString()).isEqualTo("UTC");
        assertThat(event.get("availability").get("weeklySlots").isEmpty()).isTrue();
        assertThat(strings(event.get("preferredKinds"))).containsExactly("FORMAL");
        assertThat(strings(event.get("expectations"))).containsExactly("GUIDANCE");
        assertThat(event.get("expectationScores").get("GUIDANCE").asDouble()).isEqualTo(1.0);
        assertThat(probe.matching(ofTypeAbout(MentorRegistered.TYPE, id))).hasSize(1);
    }

    @Test
    void someoneWhoNeverAnsweredTheQuestionnaireRegistersWithoutAResult() {
        ProgramApi api = new ProgramApi(driver);
        String person = api.person("Chloe");
        String program = api.publishedProgram();
        EventProbe probe = driver.probe();
        String id = api.enrolled(program, Map.of("personId", person, "role", "MENTEE"));

        JsonNode event = HttpApi.JSON.readTree(probe.await(ofTypeAbout(MenteeRegistered.TYPE, id)).value());
        assertThat(event.get("preferredKinds").isEmpty()).isTrue();
        assertThat(event.get("kindScores").isEmpty()).isTrue();
        assertThat(event.get("preferredStyle").isNull()).isTrue();
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
