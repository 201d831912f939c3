package org.mentorat.profile.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** A program from draft to closed: its settings, ProgramPublished on the broker, and frozen settings. */
@ServiceTest(service = "profile")
class ProgramLifecycleIT {

    private static final Map<String, Object> COHORT = Map.ofEntries(
            Map.entry("name", "Women in tech 2026"), Map.entry("description", "Six months, one to one"),
            Map.entry("type", "ONE_TO_ONE"), Map.entry("cohortStart", "2026-04-01"),
            Map.entry("cohortEnd", "2026-09-30"), Map.entry("relationshipWeeks", 26),
            Map.entry("sessionCadenceWeeks", 2), Map.entry("stallAfterDays", 21),
            Map.entry("matchingMode", "ADMIN_COHORT"),
            Map.entry("matching", Map.of("weights", Map.of("skills", 4, "location", 0),
                    "rules", Map.of("reportingLineLevels", 2, "department", "DIFFERENT", "minSeniorityGap", 1),
                    "optimizeFor", "COVERAGE", "suggestionsShown", 3, "proposalExpiryDays", 10)),
            Map.entry("notifications", Map.of("reminderOffsets", List.of("P2D", "PT30M"),
                    "mandatoryCategories", List.of("FEEDBACK", "SESSIONS"), "digestRecipientIds", List.of("admin-1"))));

    @Autowired
    ServiceDriver driver;

    @Test
    void aNewProgramIsADraftWithTheSettingsGivenAndDefaultsForTheRest() {
        ProgramApi api = new ProgramApi(driver);

        ResponseEntity<String> created = api.http().post("/api/v1/programs", api.admin, COHORT);

        JsonNode program = HttpApi.expect(created, 201);
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/v1/programs/" + program.get("id").asString());
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(program.propertyNames()).containsExactlyInAnyOrder("id", "version", "status", "name",
                "description", "type", "cohortStart", "cohortEnd", "evergreen", "relationshipWeeks",
                "sessionCadenceWeeks", "stallAfterDays", "matchingMode", "matching", "notifications", "createdAt",
                "publishedAt", "closedAt");
        assertThat(program.get("status").asString()).isEqualTo("DRAFT");
        assertThat(program.get("evergreen").asBoolean()).isFalse();
        assertThat(program.get("stallAfterDays").asInt()).isEqualTo(21);
        JsonNode matching = program.get("matching");
        assertThat(matching.get("weights").get("skills").asDouble()).isEqualTo(4.0);
        assertThat(matching.get("weights").get("goals").asDouble()).isEqualTo(2.0);
        assertThat(matching.get("rules").get("requireSharedLanguage").asBoolean()).isTrue();
        assertThat(matching.get("rules").get("department").asString()).isEqualTo("DIFFERENT");
        JsonNode notifications = program.get("notifications");
        assertThat(notifications.get("reminderOffsets").valueStream().map(JsonNode::asString))
                .containsExactly("PT48H", "PT30M");
        assertThat(notifications.get("mandatoryCategories").valueStream().map(JsonNode::asString))
                .containsExactly("SESSIONS", "FEEDBACK");
        JsonNode read = HttpApi.expect(api.http().get("/api/v1/programs/" + program.get("id").asString(), api.admin), 200);
        assertThat(read).isEqualTo(program);

        JsonNode evergreen = HttpApi.expect(api.http().post("/api/v1/programs", api.admin, Map.of("name", "Open door")), 201);
        assertThat(evergreen.get("evergreen").asBoolean()).isTrue();
        assertThat(evergreen.get("type").asString()).isEqualTo("ONE_TO_ONE");
        assertThat(evergreen.get("matchingMode").asString()).isEqualTo("MENTEE_CHOOSES");
        assertThat(evergreen.get("matching").get("suggestionsShown").asInt()).isEqualTo(5);
        assertThat(evergreen.get("stallAfterDays").asInt()).isEqualTo(30);
        assertThat(evergreen.get("notifications").get("reminderOffsets").valueStream().map(JsonNode::asString))
                .containsExactly("PT24H", "PT1H");
        assertThat(evergreen.get("notifications").get("mandatoryCategories").isEmpty()).isTrue();
    }

    @Test
    void publishingAnnouncesTheProgramWithItsSettingsExactlyOnce() {
        ProgramApi api = new ProgramApi(driver);
        String id = api.draftProgram(COHORT);
        EventProbe probe = driver.probe();
        JsonNode published = HttpApi.expect(api.http().post("/api/v1/programs/" + id + "/publish", api.admin, null), 200);
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");

        ConsumerRecord<String, byte[]> record = probe.await(ofTypeAbout(ProgramPublished.TYPE, id));
        JsonNode event = HttpApi.JSON.readTree(record.value());
        assertThat(EventProbe.header(record, "ce_tenantid")).isEqualTo(api.tenant);
        assertThat(event.get("name").asString()).isEqualTo("Women in tech 2026");
        assertThat(event.get("cohortStart").asString()).isEqualTo("2026-04-01");
        assertThat(event.get("matchingMode").asString()).isEqualTo("ADMIN_COHORT");
        assertThat(event.get("optimizeFor").asString()).isEqualTo("COVERAGE");
        assertThat(event.get("suggestionsShown").asInt()).isEqualTo(3);
        assertThat(event.get("proposalExpiryDays").asInt()).isEqualTo(10);
        assertThat(event.get("stallAfterDays").asInt()).isEqualTo(21);
        assertThat(event.get("weights").get("skills").asDouble()).isEqualTo(4.0);
        assertThat(event.get("weights").get("location").asDouble()).isZero();
        assertThat(event.get("rules").get("reportingLineLevels").asInt()).isEqualTo(2);
        assertThat(event.get("rules").get("minSeniorityGap").asInt()).isEqualTo(1);
        assertThat(event.get("rules").get("maxSeniorityGap").isNull()).isTrue();
        assertThat(event.get("reminderOffsets").valueStream().map(JsonNode::asString)).containsExactly("PT48H", "PT30M");
        assertThat(event.get("mandatoryNotifications").valueStream().map(JsonNode::asString))
                .containsExactly("SESSIONS", "FEEDBACK");
        assertThat(event.get("digestRecipientIds").valueStream().map(JsonNode::asString)).containsExactly("admin-1");

        HttpApi.problem(api.http().post("/api/v1/programs/" + id + "/publish", api.admin, null), 409,
                "illegal-transition");
        // another program's event, published after the refused second publish, bounds the wait
        String later = api.publishedProgram();
        probe.await(ofTypeAbout(ProgramPublished.TYPE, later));
        assertThat(probe.matching(ofTypeAbout(ProgramPublished.TYPE, id))).hasSize(1);
    }

    @Test
    void closingAPublishedProgramAnnouncesItOnceAndAClosedOneStaysClosed() {
        ProgramApi api = new ProgramApi(driver);
        String draft = api.draftProgram(Map.of("name", "Draft"));
        HttpApi.problem(api.http().post("/api/v1/programs/" + draft + "/close", api.admin, null), 409,
                "illegal-transition");

        String id = api.publishedProgram();
        EventProbe probe = driver.probe();
        JsonNode closed = HttpApi.expect(api.http().post("/api/v1/programs/" + id + "/close", api.admin, null), 200);

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").isNull()).isFalse();
        ConsumerRecord<String, byte[]> record = probe.await(ofTypeAbout(ProgramClosed.TYPE, id));
        assertThat(EventProbe.header(record, "ce_tenantid")).isEqualTo(api.tenant);
        JsonNode event = HttpApi.JSON.readTree(record.value());
        assertThat(event.get("programId").asString()).isEqualTo(id);
        assertThat(Instant.parse(event.get("closedAt").asString()))
                .isEqualTo(Instant.parse(closed.get("closedAt").asString()));
        HttpApi.problem(api.http().post("/api/v1/programs/" + id + "/publish", api.admin, null), 409,
                "illegal-transition");
        HttpApi.problem(api.http().post("/api/v1/programs/" + id + "/close", api.admin, null), 409,
                "illegal-transition");
        // another program's closing, after the refused second one, bounds the wait
        String later = api.publishedProgram();
        HttpApi.expect(api.http().post("/api/v1/programs/" + later + "/close", api.admin, null), 200);
        probe.await(ofTypeAbout(ProgramClosed.TYPE, later));
        assertThat(probe.matching(ofTypeAbout(ProgramClosed.TYPE, id))).hasSize(1);
    }

    @Test
    void aDraftChangesFreelyButAPublishedProgramOnlyInItsWording() {
        ProgramApi api = new ProgramApi(driver);
        String id = api.draftProgram(COHORT);

        JsonNode draft = HttpApi.expect(api.http().mergePatch("/api/v1/programs/" + id, api.admin,
                "{\"cohortStart\":null,\"cohortEnd\":null,\"matching\":{\"weights\":{\"skills\":null,\"goals\":5}}}",
                null), 200);
        assertThat(draft.get("evergreen").asBoolean()).isTrue();
        assertThat(draft.get("matching").get("weights").get("skills").asDouble()).isEqualTo(3.0);
        assertThat(draft.get("matching").get("weights").get("goals").asDouble()).isEqualTo(5.0);
        assertThat(draft.get("matching").get("optimizeFor").asString()).isEqualTo("COVERAGE");

        HttpApi.expect(api.http().post("/api/v1/programs/" + id + "/publish", api.admin, null), 200);
        HttpApi.problem(api.http().mergePatch("/api/v1/programs/" + id, api.admin,
                "{\"matching\":{\"suggestionsShown\":10}}", null), 409, "program-not-editable");
        HttpApi.problem(api.http().mergePatch("/api/v1/programs/" + id, api.admin,
                "{\"type\":\"GROUP\"}", null), 409, "program-not-editable");
        HttpApi.problem(api.http().mergePatch("/api/v1/programs/" + id, api.admin,
                "{\"notifications\":{\"reminderOffsets\":[\"PT2H\"]}}", null), 409, "program-not-editable");
        JsonNode renamed = HttpApi.expect(api.http().mergePatch("/api/v1/programs/" + id, api.admin,
                "{\"name\":\"Women in tech\",\"description\":\"Renamed\"}", null), 200);
        assertThat(renamed.get("name").asString()).isEqualTo("Women in tech");
        assertThat(renamed.get("matching").get("suggestionsShown").asInt()).isEqualTo(3);
    }

    @Test
    void aStaleIfMatchIsRefused() {
        ProgramApi api = new ProgramApi(driver);
        String id = api.draftProgram(Map.of("name", "Versioned"));
        String etag = api.http().get("/api/v1/programs/" + id, api.admin).getHeaders().getETag();

        ResponseEntity<String> first = api.http().mergePatch("/api/v1/programs/" + id, api.admin, "{\"name\":\"A\"}", etag);
        assertThat(first.getHeaders().getETag()).isEqualTo("\"2\"");

        HttpApi.problem(api.http().mergePatch("/api/v1/programs/" + id, api.admin, "{\"name\":\"B\"}", etag), 412,
                "precondition-failed");
    }

    @Test
    void listsAreFilteredByStatusAndPaged() {
        ProgramApi api = new ProgramApi(driver);
        String draft = api.draftProgram(Map.of("name", "One"));
        String published = api.publishedProgram();
        String another = api.publishedProgram();

        JsonNode all = HttpApi.expect(api.http().get("/api/v1/programs", api.admin), 200);
        assertThat(all.get("items").findValuesAsString("id")).containsExactly(draft, published, another);
        JsonNode onlyPublished = HttpApi.expect(api.http().get("/api/v1/programs?status=PUBLISHED&size=1&page=1",
                api.admin), 200);
        assertThat(onlyPublished.get("items").findValuesAsString("id")).isEqualTo(List.of(another));
        assertThat(onlyPublished.get("total").asLong()).isEqualTo(2);
        HttpApi.problem(api.http().get("/api/v1/programs?status=OPEN", api.admin), 400, "validation");
    }
}
