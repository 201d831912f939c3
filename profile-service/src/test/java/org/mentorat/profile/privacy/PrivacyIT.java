package org.mentorat.profile.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.events.CloudEventRecords;
import org.mentorat.profile.imports.CsvImports;
import org.mentorat.profile.questionnaire.Questionnaires;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** A person's data export and erasure, and the erasure receipts every service sends back. */
@ServiceTest(service = "profile")
class PrivacyIT {

    private final String tenant = "privacy-" + UUID.randomUUID();
    private final String admin = TestTokens.bearer(tenant, "admin-1", "PROGRAM_ADMIN");

    @Autowired
    ServiceDriver driver;

    @Autowired
    Questionnaires questionnaires;

    @Test
    void theExportHoldsTheProfileEnrolmentsAndImportRowsAsAnAttachment() {
        String employeeNumber = "X-" + UUID.randomUUID();
        String person = register(employeeNumber, "Amina");
        String program = HttpApi.expect(api().post("/api/v1/programs", admin, Map.of("name", "Leaders")), 201)
                .get("id").asString();
        HttpApi.expect(api().post("/api/v1/programs/" + program + "/publish", admin, null), 200);
        HttpApi.expect(api().post("/api/v1/programs/" + program + "/enrollments", admin, Map.of("personId", person,
                "role", "MENTEE", "topics", List.of("negotiation"), "goals", "Lead my first team")), 201);
        importRowFor(employeeNumber, "Amina");
        answerQuestionnaire(person);

        ResponseEntity<String> response = api().get("/api/v1/people/" + person + "/export",
                TestTokens.bearer(tenant, person, "MENTEE"));

        JsonNode export = HttpApi.expect(response, 200);
        assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("person-" + person + ".json");
        assertThat(export.get("service").asString()).isEqualTo("profile-service");
        assertThat(export.get("profile").get("employeeNumber").asString()).isEqualTo(employeeNumber);
        assertThat(export.get("profile").get("email").asString()).isEqualTo("amina@acme.test");
        assertThat(export.get("enrollments")).hasSize(1);
        assertThat(export.get("enrollments").get(0).get("programId").asString()).isEqualTo(program);
        assertThat(export.get("enrollments").get(0).get("goals").asString()).isEqualTo("Lead my first team");
        assertThat(export.get("enrollments").get(0).has("outbox")).isFalse();
        assertThat(export.get("questionnaire").get("answers").size()).isPositive();
        assertThat(export.get("importRows")).hasSize(1);
        assertThat(export.get("importRows").get(0).get("outcome").asString()).isEqualTo("UPDATED");
    }

    @Test
    void erasureLeavesATombstoneAnnouncesItAndConfirmsForProfileServiceAtOnce() {
        String employeeNumber = "X-" + UUID.randomUUID();
        String person = register(employeeNumber, "Bruno");
        String importId = importRowFor(employeeNumber, "Bruno");
        answerQuestionnaire(person);
        EventProbe probe = driver.probe();
        ResponseEntity<String> response = api().post("/api/v1/people/" + person + "/erasure", admin, null);

        JsonNode erasure = HttpApi.expect(response, 202);
        String erasureId = erasure.get("id").asString();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/erasures/" + erasureId);
        HttpApi.problem(api().get("/api/v1/people/" + person, admin), 404, "not-found");
        HttpApi.problem(api().get("/api/v1/people/" + person + "/export", admin), 404, "not-found");
        assertThat(CsvImports.of(driver).rows(admin, importId, "").get("total").asLong()).isZero();
        assertThat(questionnaires.find(tenant, person)).isEmpty();

        ConsumerRecord<String, byte[]> requested = probe.await(ofTypeAbout(ProfileErasureRequested.TYPE, person));
        assertThat(HttpApi.JSON.readTree(requested.value()).get("erasureId").asString()).isEqualTo(erasureId);
        ConsumerRecord<String, byte[]> receipt = probe.await(ofTypeAbout(ErasureCompleted.TYPE, erasureId));
        assertThat(receipt.topic()).isEqualTo(Topics.PRIVACY_RECEIPTS);
        assertThat(EventProbe.header(receipt, "ce_source")).isEqualTo(EventSources.PROFILE);
        assertThat(HttpApi.JSON.readTree(receipt.value()).get("service").asString()).isEqualTo("profile-service");
        assertThat(HttpApi.JSON.readTree(receipt.value()).get("personId").asString()).isEqualTo(person);
        JsonNode recorded = erasureOf(person);
        assertThat(recorded.get("status").asString()).isEqualTo("PENDING");
        assertThat(confirmations(recorded)).isEqualTo(Map.of("profile-service", "CONFIRMED",
                "matching-service", "PENDING", "session-service", "PENDING", "notification-service", "PENDING"));
        assertThat(recorded.get("services").get(0).get("completedAt").isNull()).isFalse();
    }

    @Test
    void erasureAlsoForgetsWhatThePersonWroteInTheirEnrolments() {
        String person = register("X-" + UUID.randomUUID(), "Chloe");
        String program = HttpApi.expect(api().post("/api/v1/programs", admin, Map.of("name", "Grow")), 201)
                .get("id").asString();
        HttpApi.expect(api().post("/api/v1/programs/" + program + "/publish", admin, null), 200);
        String enrollment = HttpApi.expect(api().post("/api/v1/programs/" + program + "/enrollments", admin,
                Map.of("personId", person, "role", "MENTEE", "topics", List.of("negotiation"),
                        "goals", "Overcome my fear of public speaking")), 201).get("id").asString();

        HttpApi.expect(api().post("/api/v1/people/" + person + "/erasure", admin, null), 202);

        JsonNode erased = HttpApi.expect(api().get("/api/v1/programs/" + program + "/enrollments/" + enrollment,
                admin), 200);
        assertThat(erased.path("goals").isMissingNode() || erased.get("goals").isNull()).isTrue();
        assertThat(erased.get("topics")).isEmpty();
        assertThat(erased.toString()).doesNotContain("public speaking");
    }

    @Test
    void theEmployeeNumberOfAnErasedPersonIsFreedForANewProfile() {
        String employeeNumber = "X-" + UUID.randomUUID();
        String person = register(employeeNumber, "Carla");
        HttpApi.expect(api().post("/api/v1/people/" + person + "/erasure", admin, null), 202);

        assertThat(register(employeeNumber, "Carla")).isNotEqualTo(person);
    }

    @Test
    void receiptsFromEveryOtherServiceCompleteTheErasureAndADuplicateChangesNothing() throws Exception {
        String person = register("X-" + UUID.randomUUID(), "Dora");
        String erasureId = erase(person);

        receipt(EventSources.MATCHING, erasureId, person, "matching-service", Instant.parse("2026-01-01T10:00:00Z"));
        receipt(EventSources.SESSION, erasureId, person, "session-service", Instant.parse("2026-01-01T10:00:01Z"));
        receipt(EventSources.NOTIFICATION, erasureId, person, "notification-service",
                Instant.parse("2026-01-01T10:00:02Z"));

        JsonNode completed = awaitErasure(erasureId, erasure -> "COMPLETED".equals(erasure.get("status").asString()));
        assertThat(confirmations(completed).values()).containsOnly("CONFIRMED");
        assertThat(completed.get("completedAt").isNull()).isFalse();

        String other = register("X-" + UUID.randomUUID(), "Eli");
        String otherErasure = erase(other);
        receipt(EventSources.MATCHING, erasureId, person, "matching-service", Instant.parse("2026-02-02T00:00:00Z"));
        receipt(EventSources.MATCHING, otherErasure, other, "session-service", Instant.now());
        receipt(EventSources.MATCHING, otherErasure, other, "matching-service", Instant.now());
        awaitErasure(otherErasure, erasure -> "CONFIRMED".equals(confirmations(erasure).get("matching-service")));

        assertThat(HttpApi.expect(api().get("/api/v1/erasures/" + erasureId, admin), 200)).isEqualTo(completed);
        assertThat(confirmations(erasureOf(other)).get("session-service")).isEqualTo("PENDING");
    }

    @Test
    void repeatingTheRequestReturnsTheSameErasure() {
        String person = register("X-" + UUID.randomUUID(), "Fred");
        String erasureId = erase(person);

        ResponseEntity<String> again = api().post("/api/v1/people/" + person + "/erasure", admin, null);

        assertThat(HttpApi.expect(again, 200).get("id").asString()).isEqualTo(erasureId);
        assertThat(again.getHeaders().getLocation()).hasToString("/api/v1/erasures/" + erasureId);
    }

    @Test
    void aParticipantMayExportAndEraseThemselfButNobodyElse() {
        String me = register("X-" + UUID.randomUUID(), "Gina");
        String someoneElse = register("X-" + UUID.randomUUID(), "Hugo");
        String myToken = TestTokens.bearer(tenant, me, "MENTEE");
        String hr = TestTokens.bearer(tenant, "workday", "HR_INTEGRATION");

        HttpApi.problem(api().get("/api/v1/people/" + someoneElse + "/export", myToken), 403, "forbidden");
        HttpApi.problem(api().get("/api/v1/people/" + someoneElse + "/export", hr), 403, "forbidden");
        HttpApi.problem(api().post("/api/v1/people/" + someoneElse + "/erasure", myToken, null), 403, "forbidden");
        String othersErasure = erase(someoneElse);
        HttpApi.problem(api().get("/api/v1/erasures/" + othersErasure, myToken), 404, "not-found");

        HttpApi.expect(api().get("/api/v1/people/" + me + "/export", myToken), 200);
        String mine = HttpApi.expect(api().post("/api/v1/people/" + me + "/erasure", myToken, null), 202)
                .get("id").asString();
        HttpApi.expect(api().get("/api/v1/erasures/" + mine, myToken), 200);
    }

    @Test
    void anotherTenantSeesNothingOfThePersonNorOfTheirErasure() {
        String person = register("X-" + UUID.randomUUID(), "Ines");
        String stranger = TestTokens.bearer("other-" + UUID.randomUUID(), "admin-9", "PROGRAM_ADMIN");

        HttpApi.problem(api().get("/api/v1/people/" + person + "/export", stranger), 404, "not-found");
        HttpApi.problem(api().post("/api/v1/people/" + person + "/erasure", stranger, null), 404, "not-found");
        String erasureId = erase(person);
        HttpApi.problem(api().get("/api/v1/erasures/" + erasureId, stranger), 404, "not-found");
    }

    private String register(String employeeNumber, String name) {
        return HttpApi.expect(api().post("/api/v1/people", admin, Map.of("employeeNumber", employeeNumber,
                "givenName", name, "familyName", "Test", "email", name.toLowerCase() + "@acme.test",
                "languages", List.of("en"))), 201).get("id").asString();
    }

    /** Imports a row that moves the person to Finance; returns the import id. */
    private String importRowFor(String employeeNumber, String name) {
        JsonNode result = CsvImports.of(driver).importAndWait(admin,
                "employeeNumber,givenName,familyName,email,department\n" + employeeNumber + "," + name + ",Test,"
                        + name.toLowerCase() + "@acme.test,Finance\n", false);
        assertThat(result.get("counts").get("updated").asLong()).isEqualTo(1);
        return result.get("id").asString();
    }

    /** Picks the first option of every question, whatever the questionnaire asks. */
    private void answerQuestionnaire(String person) {
        JsonNode questionnaire = HttpApi.expect(api().get("/api/v1/questionnaire?locale=en", admin), 200);
        Map<String, String> answers = questionnaire.get("questions").valueStream().collect(
                java.util.stream.Collectors.toMap(question -> question.get("id").asString(),
                        question -> question.get("options").get(0).get("id").asString()));
        HttpApi.expect(api().post("/api/v1/people/" + person + "/questionnaire", admin, Map.of("answers", answers)),
                200);
    }

    private String erase(String person) {
        return HttpApi.expect(api().post("/api/v1/people/" + person + "/erasure", admin, null), 202)
                .get("id").asString();
    }

    private JsonNode erasureOf(String person) {
        JsonNode again = HttpApi.expect(api().post("/api/v1/people/" + person + "/erasure", admin, null), 200);
        return HttpApi.expect(api().get("/api/v1/erasures/" + again.get("id").asString(), admin), 200);
    }

    private JsonNode awaitErasure(String erasureId, java.util.function.Predicate<JsonNode> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> HttpApi.expect(api().get("/api/v1/erasures/" + erasureId, admin), 200), condition::test);
    }

    private void receipt(String source, String erasureId, String personId, String service, Instant completedAt) {
        driver.send(CloudEventRecords.recordOf(Topics.PRIVACY_RECEIPTS, source, tenant, erasureId, 1,
                new ErasureCompleted(erasureId, personId, service, completedAt)));
    }

    private static Map<String, String> confirmations(JsonNode erasure) {
        return erasure.get("services").valueStream().collect(java.util.stream.Collectors.toMap(
                receipt -> receipt.get("service").asString(), receipt -> receipt.get("status").asString()));
    }

    private HttpApi api() {
        return driver.api();
    }
}
