package org.mentorat.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** People: merge-patch updates with ETags, the events they cause, search with the skill taxonomy. */
@ServiceTest(service = "profile")
class PeopleIT {

    private final String tenant = "people-" + UUID.randomUUID();
    private final String admin = TestTokens.bearer(tenant, "admin-1", "PROGRAM_ADMIN");

    @Autowired
    ServiceDriver driver;

    /** Matching keeps everyone's place in the reporting lines, managers who never enrol included. */
    @Test
    void creatingAPersonPublishesTheirEmployeeNumberAndManager() {
        String manager = "E-" + UUID.randomUUID();
        String number = "E-" + UUID.randomUUID();

        String id = register(number, "Abel", List.of(Map.of("name", "Java", "level", 3)), "IT", Map.of(
                "managerEmployeeNumber", manager, "jobTitle", "Engineer"));

        EventProbe probe = driver.probe();
        JsonNode created = HttpApi.JSON.readTree(probe.await(ofTypeAbout(ProfileUpdated.TYPE, id)).value());
        assertThat(created.get("employeeNumber").asString()).isEqualTo(number);
        assertThat(created.get("managerEmployeeNumber").asString()).isEqualTo(manager);
        assertThat(created.get("department").asString()).isEqualTo("IT");
        assertThat(changedFields(created)).containsExactlyInAnyOrder("employeeNumber", "department", "languages",
                "skills", "managerEmployeeNumber", "remoteOk", "timeZone");
    }

    @Test
    void aJobTitleChangePublishesNothingAndAMatchingRelevantChangeSaysWhatChanged() {
        String id = register("Ana", List.of(Map.of("name", "Java", "level", 3)), "IT");
        EventProbe probe = driver.probe();
        probe.await(ofTypeAbout(ProfileUpdated.TYPE, id));
        HttpApi.expect(patch(id, admin, "{\"jobTitle\":\"Staff engineer\"}", null), 200);
        HttpApi.expect(patch(id, admin, "{\"department\":\"Finance\",\"seniorityLevel\":6}", null), 200);

        JsonNode updated = awaitUpdate(probe, id, event -> "Finance".equals(event.get("department").asString()));
        assertThat(changedFields(updated)).containsExactlyInAnyOrder("department", "seniorityLevel");
        assertThat(updated.get("department").asString()).isEqualTo("Finance");
        assertThat(probe.matching(ofTypeAbout(ProfileUpdated.TYPE, id)))
                .as("the creation and the department change, nothing for the job title").hasSize(2);
    }

    /** Other services address people from ContactDetailsChanged: sent on creation and on a new email only. */
    @Test
    void contactDetailsAreAnnouncedOnCreationAndWhenTheyChangeOnly() {
        String id = register("E-" + UUID.randomUUID(), "Noor", List.of(), "IT", Map.of("locale", "ar"));
        EventProbe probe = driver.probe();
        JsonNode created = HttpApi.JSON.readTree(probe.await(ofTypeAbout(ContactDetailsChanged.TYPE, id)).value());
        assertThat(created.get("givenName").asString()).isEqualTo("Noor");
        assertThat(created.get("familyName").asString()).isEqualTo("Test");
        assertThat(created.get("email").asString()).startsWith("noor-").endsWith("@acme.test");
        assertThat(created.get("locale").asString()).isEqualTo("ar");
        assertThat(created.get("timeZone").asString()).as("the default time zone").isEqualTo("UTC");

        HttpApi.expect(patch(id, admin, "{\"department\":\"Finance\"}", null), 200);
        HttpApi.expect(patch(id, admin, "{\"email\":\"noor.new@acme.test\"}", null), 200);

        JsonNode moved = HttpApi.JSON.readTree(probe.await(ofTypeAbout(ContactDetailsChanged.TYPE, id)
                .and(record -> HttpApi.JSON.readTree(record.value()).get("email").asString()
                        .equals("noor.new@acme.test"))).value());
        assertThat(moved.get("givenName").asString()).isEqualTo("Noor");
        assertThat(moved.get("locale").asString()).isEqualTo("ar");
        awaitUpdate(probe, id, event -> "Finance".equals(event.get("department").asString()));
        assertThat(probe.matching(ofTypeAbout(ContactDetailsChanged.TYPE, id)))
                .as("the creation and the email change, nothing for the department").hasSize(2);
    }

    @Test
    void aNewEmployeeNumberIsAMatchingRelevantChange() {
        String id = register("Alix", List.of(), "IT");
        String renumbered = "E-" + UUID.randomUUID();
        EventProbe probe = driver.probe();
        HttpApi.expect(patch(id, admin, "{\"employeeNumber\":\"" + renumbered + "\"}", null), 200);

        JsonNode updated = awaitUpdate(probe, id,
                event -> renumbered.equals(event.get("employeeNumber").asString()));
        assertThat(changedFields(updated)).containsExactly("employeeNumber");
        assertThat(updated.get("employeeNumber").asString()).isEqualTo(renumbered);
    }

    @Test
    void aReactivatedPersonIsAnnouncedWithAllTheirAttributesAgain() {
        String id = register("Bea", List.of(), "Legal");
        HttpApi.expect(patch(id, admin, "{\"active\":false}", null), 200);
        EventProbe probe = driver.probe();
        HttpApi.expect(patch(id, admin, "{\"active\":true}", null), 200);

        List<JsonNode> updates = awaitUpdates(probe, id, 2);
        JsonNode back = updates.get(1);
        assertThat(changedFields(back)).contains("employeeNumber", "department", "languages");
        assertThat(back.get("department").asString()).isEqualTo("Legal");
        assertThat(updates).as("the creation and the return, nothing for the deactivation").hasSize(2);
    }

    @Test
    void deactivatingAPersonPublishesProfileDeactivated() {
        String id = register("Ben", List.of(), "IT");
        EventProbe probe = driver.probe();
        JsonNode person = HttpApi.expect(patch(id, admin, "{\"active\":false}", null), 200);

        assertThat(person.get("active").asBoolean()).isFalse();
        JsonNode event = HttpApi.JSON.readTree(probe.await(ofTypeAbout(ProfileDeactivated.TYPE, id)).value());
        assertThat(event.get("reason").asString()).isEqualTo("ADMIN");
    }

    @Test
    void nullRemovesAnOptionalAttributeButNotARequiredOne() {
        String id = register("Cleo", List.of(), "Legal");

        JsonNode person = HttpApi.expect(patch(id, admin, "{\"department\":null}", null), 200);
        assertThat(person.has("department") && !person.get("department").isNull()).isFalse();

        JsonNode problem = HttpApi.problem(patch(id, admin, "{\"givenName\":null}", null), 400, "validation");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("givenName");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        String id = register("Dan", List.of(), "IT");

        JsonNode problem = HttpApi.problem(patch(id, admin, "{\"seniorityLevel\":\"high\"}", null), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("seniorityLevel");
    }

    @Test
    void aStaleIfMatchIsRefusedAndTheCurrentOneAccepted() {
        String id = register("Eve", List.of(), "IT");
        String etag = api().get("/api/v1/people/" + id, admin).getHeaders().getETag();

        ResponseEntity<String> first = patch(id, admin, "{\"location\":\"Lyon\"}", etag);
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getHeaders().getETag()).isNotEqualTo(etag);

        HttpApi.problem(patch(id, admin, "{\"location\":\"Nice\"}", etag), 412, "precondition-failed");
    }

    @Test
    void participantsEditTheirOwnDescriptionButNotTheirHrRecord() {
        String id = register("Fay", List.of(), "IT");
        String self = TestTokens.bearer(tenant, id, "MENTEE");

        JsonNode person = HttpApi.expect(patch(id, self, "{\"skills\":[{\"name\":\"SQL\",\"level\":2}]}", null), 200);
        assertThat(person.get("skills").get(0).get("name").asString()).isEqualTo("SQL");

        HttpApi.problem(patch(id, self, "{\"department\":\"Board\"}", null), 403, "forbidden");
        String someoneElse = register("Gus", List.of(), "IT");
        HttpApi.problem(patch(someoneElse, self, "{\"skills\":[]}", null), 404, "not-found");
    }

    @Test
    void searchBySkillFollowsTheTenantsSynonyms() {
        HttpApi.expect(put("/api/v1/skill-taxonomy/Java", Map.of("synonyms", List.of("java", "JVM"))), 200);
        String jvm = register("Hugo", List.of(Map.of("name", "JVM", "level", 4)), "IT");
        String java = register("Iris", List.of(Map.of("name", "java", "level", 2)), "Sales");
        register("Jon", List.of(Map.of("name", "Python", "level", 5)), "IT");

        JsonNode page = HttpApi.expect(api().get("/api/v1/people?skill=Java&size=10", admin), 200);
        assertThat(page.get("items").findValuesAsString("id")).containsExactlyInAnyOrder(jvm, java);
        assertThat(page.get("total").asLong()).isEqualTo(2);

        JsonNode inIt = HttpApi.expect(api().get("/api/v1/people?skill=jvm&department=IT", admin), 200);
        assertThat(inIt.get("items").findValuesAsString("id")).containsExactly(jvm);

        JsonNode firstPage = HttpApi.expect(api().get("/api/v1/people?size=2&page=0", admin), 200);
        assertThat(firstPage.get("items").size()).isEqualTo(2);
        assertThat(firstPage.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void searchIsForAdministratorsAndHrOnlyAndStaysInTheTenant() {
        register("Kim", List.of(), "IT");
        HttpApi.problem(api().get("/api/v1/people", TestTokens.bearer(tenant, "p", "MENTEE")), 403, "forbidden");
        JsonNode other = HttpApi.expect(api().get("/api/v1/people",
                TestTokens.bearer("other-" + tenant, "a", "PROGRAM_ADMIN")), 200);
        assertThat(other.get("total").asLong()).isZero();
    }

    private String register(String name, List<Map<String, Object>> skills, String department) {
        return register("E-" + UUID.randomUUID(), name, skills, department, Map.of());
    }

    private String register(String employeeNumber, String name, List<Map<String, Object>> skills,
            String department, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("employeeNumber", employeeNumber, "givenName", name,
                "familyName", "Test", "email", name.toLowerCase() + "-" + UUID.randomUUID() + "@acme.test",
                "department", department, "skills", skills, "languages", List.of("fr")));
        body.putAll(more);
        return HttpApi.expect(api().post("/api/v1/people", admin, body), 201).get("id").asString();
    }

    private static JsonNode awaitUpdate(EventProbe probe, String id, Predicate<JsonNode> matching) {
        return HttpApi.JSON.readTree(probe.await(ofTypeAbout(ProfileUpdated.TYPE, id)
                .and(record -> matching.test(HttpApi.JSON.readTree(record.value())))).value());
    }

    /** Waits for at least {@code count} ProfileUpdated about the person; returns all seen, in order. */
    private static List<JsonNode> awaitUpdates(EventProbe probe, String id, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> probe.matching(ofTypeAbout(ProfileUpdated.TYPE, id)).size() >= count);
        return probe.matching(ofTypeAbout(ProfileUpdated.TYPE, id)).stream()
                .map(record -> HttpApi.JSON.readTree(record.value())).toList();
    }

    private static List<String> changedFields(JsonNode event) {
        return event.get("changedFields").valueStream().map(JsonNode::asString).toList();
    }

    private ResponseEntity<String> patch(String id, String token, String mergePatch, String ifMatch) {
        return api().mergePatch("/api/v1/people/" + id, token, mergePatch, ifMatch);
    }

    private ResponseEntity<String> put(String path, Object body) {
        return api().put(path, admin, body);
    }

    private HttpApi api() {
        return driver.api();
    }

}
