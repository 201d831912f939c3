package org.mentorat.profile.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** CSV imports from an HR system: the per-row report, dry runs, idempotence, and who may import. */
@ServiceTest(service = "profile")
class ImportIT {

    private static final String HEADER = "employeeNumber,givenName,familyName,email,department,languages,"
            + "seniorityLevel,badgeColour\n";

    private final String tenant = "imports-" + UUID.randomUUID();
    private final String admin = TestTokens.bearer(tenant, "admin-1", "PROGRAM_ADMIN");
    private final String hr = TestTokens.bearer(tenant, "workday", "HR_INTEGRATION");

    @Autowired
    ServiceDriver driver;

    @Test
    void aFileOfGoodBadAndUnchangedRowsGetsAnExactPerRowReport() {
        String unchanged = register("U-1", "Ulla", "IT", List.of("en"));
        String updated = register("P-1", "Pia", "Sales", List.of("fr"));

        JsonNode result = imports().importAndWait(hr, HEADER
                + "U-1,Ulla,Test,ulla@acme.test,IT,en,,red\n"
                + "P-1,Pia,Test,pia@acme.test,Finance,fr,5,\n"
                + "N-1,Nadia,Test,nadia@acme.test,Legal,ar;fr,3,\n"
                + "B-1,Bad,Email,not-an-email,IT,en,,\n"
                + "B-2,Bad,Level,b2@acme.test,IT,en,ten,\n"
                + "N-1,Nadia,Again,nadia2@acme.test,Legal,ar,3,\n"
                + "B-3,,Nameless,b3@acme.test,IT,en,11,\n", false);

        assertThat(result.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(result.get("totalRows").asLong()).isEqualTo(7);
        assertThat(counts(result)).isEqualTo(Map.of("created", 1L, "updated", 1L, "unchanged", 1L, "rejected", 4L));
        assertThat(result.get("progress").get("percent").asInt()).isEqualTo(100);
        assertThat(result.get("warnings").valueStream().map(JsonNode::asString))
                .containsExactly("Unknown column 'badgeColour' was ignored.");

        List<JsonNode> rows = imports().rows(hr, result.get("id").asString(), "?size=50").get("items")
                .valueStream().toList();
        assertThat(rows).extracting(row -> row.get("row").asLong() + " " + row.get("employeeNumber").asString() + " "
                + row.get("outcome").asString() + " " + fields(row.get("changedFields")) + " " + errorFields(row))
                .containsExactly(
                        "2 U-1 UNCHANGED [] []",
                        "3 P-1 UPDATED [department, seniorityLevel] []",
                        "4 N-1 CREATED [] []",
                        "5 B-1 REJECTED [] [email]",
                        "6 B-2 REJECTED [] [seniorityLevel]",
                        "7 N-1 REJECTED [] [employeeNumber]",
                        "8 B-3 REJECTED [] [givenName, seniorityLevel]");
        assertThat(rows.get(0).get("personId").asString()).isEqualTo(unchanged);
        assertThat(rows.get(1).get("personId").asString()).isEqualTo(updated);
        assertThat(rows.get(5).get("errors").get(0).get("message").asString()).contains("row 4");

        String created = rows.get(2).get("personId").asString();
        JsonNode nadia = HttpApi.expect(api().get("/api/v1/people/" + created, admin), 200);
        assertThat(nadia.get("languages").valueStream().map(JsonNode::asString)).containsExactly("ar", "fr");
        assertThat(nadia.get("seniorityLevel").asInt()).isEqualTo(3);
        assertThat(HttpApi.expect(api().get("/api/v1/people/" + updated, admin), 200).get("department").asString())
                .isEqualTo("Finance");
    }

    @Test
    void rejectedRowsCanBeListedAPageAtATime() {
        JsonNode result = imports().importAndWait(hr, HEADER
                + "R-1,A,Test,not-an-email,IT,en,,\n"
                + "R-2,B,Test,b@acme.test,IT,en,,\n"
                + "R-3,C,Test,also-not-an-email,IT,en,,\n"
                + "R-4,D,Test,d@acme.test,IT,en,99,\n", false);

        JsonNode page = imports().rows(hr, result.get("id").asString(), "?outcome=REJECTED&page=1&size=2");

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").valueStream().map(row -> row.get("row").asLong())).containsExactly(5L);
        assertThat(page.get("items").get(0).get("errors").get(0).get("field").asString()).isEqualTo("seniorityLevel");
    }

    @Test
    void aDryRunReportsWhatWouldHappenButWritesAndPublishesNothing() {
        String existing = register("D-1", "Dora", "Sales", List.of("en"));
        long versionBefore = person(existing).get("version").asLong();

        JsonNode result = imports().importAndWait(hr, HEADER
                + "D-1,Dora,Test,dora@acme.test,Legal,en,,\n"
                + "D-2,Dino,Test,dino@acme.test,Legal,en,,\n", true);

        assertThat(result.get("dryRun").asBoolean()).isTrue();
        assertThat(counts(result)).isEqualTo(Map.of("created", 1L, "updated", 1L, "unchanged", 0L, "rejected", 0L));
        List<JsonNode> rows = imports().rows(hr, result.get("id").asString(), "").get("items").valueStream().toList();
        assertThat(rows.get(0).get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(fields(rows.get(0).get("changedFields"))).isEqualTo("[department]");
        assertThat(rows.get(1).get("outcome").asString()).isEqualTo("CREATED");
        assertThat(rows.get(1).get("personId").isNull()).isTrue();

        JsonNode dora = person(existing);
        assertThat(dora.get("department").asString()).isEqualTo("Sales");
        assertThat(dora.get("version").asLong()).isEqualTo(versionBefore);
        assertThat(HttpApi.expect(api().get("/api/v1/people", admin), 200).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndPublishesNothing() {
        String moved = register("S-1", "Sami", "Sales", List.of("en"));
        String csv = HEADER
                + "S-1,Sami,Test,sami@acme.test,Finance,en,4,\n"
                + "S-2,Sara,Test,sara@acme.test,Finance,en;ar,2,\n"
                + "S-3,Sven,Test,sven@acme.test,IT,en,6,\n";
        EventProbe probe = driver.probe();
        JsonNode first = imports().importAndWait(hr, csv, false);
        assertThat(counts(first)).isEqualTo(Map.of("created", 2L, "updated", 1L, "unchanged", 0L, "rejected", 0L));
        List<String> people = personIds(first);
        awaitUpdate(probe, moved, event -> "Finance".equals(event.get("department").asString()));
        people.forEach(id -> probe.await(ofTypeAbout(ProfileUpdated.TYPE, id)));
        Map<String, Integer> published = updatesAbout(probe, people);
        assertThat(published).as("registration and move of S-1, creation of S-2 and S-3")
                .isEqualTo(Map.of(moved, 2, people.get(1), 1, people.get(2), 1));
        Map<String, Long> versions = versionsOf(people);

        JsonNode second = imports().importAndWait(hr, csv, false);

        assertThat(counts(second)).isEqualTo(Map.of("created", 0L, "updated", 0L, "unchanged", 3L, "rejected", 0L));
        assertThat(versionsOf(people)).isEqualTo(versions);
        HttpApi.expect(api().mergePatch("/api/v1/people/" + moved, admin, "{\"department\":\"Legal\"}", null),
                200);
        awaitUpdate(probe, moved, event -> "Legal".equals(event.get("department").asString()));
        assertThat(updatesAbout(probe, people)).as("only the marker change since the first import")
                .isEqualTo(Map.of(moved, 3, people.get(1), 1, people.get(2), 1));
    }

    /** Matching learns the reporting lines from the HR file, managers who never enrol included. */
    @Test
    void createdRowsPublishTheirReportingLineAndAJobTitleChangePublishesNothing() {
        String header = "employeeNumber,givenName,familyName,email,department,jobTitle,managerEmployeeNumber\n";
        String olga = "O-1,Olga,Test,olga@acme.test,IT,CTO,\n";
        EventProbe probe = driver.probe();
        List<String> people = personIds(imports().importAndWait(hr, header + olga
                + "O-2,Omar,Test,omar@acme.test,IT,Engineer,O-1\n", false));
        String omar = people.get(1);

        JsonNode manager = HttpApi.JSON.readTree(
                probe.await(ofTypeAbout(ProfileUpdated.TYPE, people.get(0))).value());
        assertThat(manager.get("employeeNumber").asString()).isEqualTo("O-1");
        assertThat(fields(manager.get("changedFields")))
                .isEqualTo("[employeeNumber, department, remoteOk, timeZone]");
        JsonNode addressed = HttpApi.JSON.readTree(probe.await(ofTypeAbout(ContactDetailsChanged.TYPE, omar)).value());
        assertThat(addressed.get("email").asString()).isEqualTo("omar@acme.test");
        assertThat(addressed.get("locale").asString()).as("the default language").isEqualTo("en");
        JsonNode report = HttpApi.JSON.readTree(probe.await(ofTypeAbout(ProfileUpdated.TYPE, omar)).value());
        assertThat(report.get("employeeNumber").asString()).isEqualTo("O-2");
        assertThat(report.get("managerEmployeeNumber").asString()).isEqualTo("O-1");
        assertThat(fields(report.get("changedFields")))
                .isEqualTo("[employeeNumber, department, managerEmployeeNumber, remoteOk, timeZone]");

        JsonNode promoted = imports().importAndWait(hr, header + olga
                + "O-2,Omar,Test,omar@acme.test,IT,Staff engineer,O-1\n", false);
        assertThat(counts(promoted))
                .isEqualTo(Map.of("created", 0L, "updated", 1L, "unchanged", 1L, "rejected", 0L));
        HttpApi.expect(api().mergePatch("/api/v1/people/" + omar, admin, "{\"department\":\"Legal\"}", null),
                200);

        awaitUpdate(probe, omar, event -> "Legal".equals(event.get("department").asString()));
        assertThat(updatesAbout(probe, people)).as("creations and the marker change, nothing for the job title")
                .isEqualTo(Map.of(people.get(0), 1, omar, 2));
        assertThat(probe.matching(ofTypeAbout(ContactDetailsChanged.TYPE, omar))).as("only the creation").hasSize(1);
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedUpFront() {
        JsonNode problem = HttpApi.problem(imports().upload(hr, "employeeNumber,givenName,department\nE-1,A,IT\n",
                false), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("familyName", "email");
    }

    @Test
    void aFileLargerThanTheGeneralBodyLimitIsAccepted() {
        String bigCell = "x".repeat(1_200_000);

        JsonNode result = imports().importAndWait(hr, HEADER + "L-1,Lea,Test,lea@acme.test,IT,en,,"
                + bigCell + "\n", false);

        assertThat(counts(result).get("created")).isEqualTo(1L);
    }

    @Test
    void malformedCsvFailsTheImportAndKeepsTheRowsBeforeIt() {
        JsonNode result = imports().importAndWait(hr, HEADER
                + "M-1,Mia,Test,mia@acme.test,IT,en,,\n"
                + "M-2,\"Max,Test,max@acme.test,IT,en,,\n", false);

        assertThat(result.get("status").asString()).isEqualTo("FAILED");
        assertThat(result.get("failure").asString()).contains("not valid CSV");
        assertThat(counts(result).get("created")).isEqualTo(1L);
    }

    @Test
    void importsAreInvisibleToOtherTenantsAndClosedToParticipants() {
        JsonNode result = imports().importAndWait(admin, HEADER + "T-1,Tia,Test,tia@acme.test,IT,en,,\n", false);
        String id = result.get("id").asString();
        String otherTenant = TestTokens.bearer("other-" + UUID.randomUUID(), "admin-2", "PROGRAM_ADMIN");
        String mentee = TestTokens.bearer(tenant, "someone", "MENTEE");

        HttpApi.problem(api().get("/api/v1/imports/" + id, otherTenant), 404, "not-found");
        HttpApi.problem(api().get("/api/v1/imports/" + id + "/rows", otherTenant), 404, "not-found");
        HttpApi.problem(imports().upload(mentee, HEADER, false), 403, "forbidden");
        HttpApi.problem(api().get("/api/v1/imports/" + id, mentee), 403, "forbidden");
        HttpApi.expect(api().get("/api/v1/imports/" + id, hr), 200);
    }

    private String register(String employeeNumber, String name, String department, List<String> languages) {
        return HttpApi.expect(api().post("/api/v1/people", admin, Map.of("employeeNumber", employeeNumber,
                "givenName", name, "familyName", "Test", "email", name.toLowerCase() + "@acme.test",
                "department", department, "languages", languages)), 201).get("id").asString();
    }

    private List<String> personIds(JsonNode result) {
        return imports().rows(hr, result.get("id").asString(), "").get("items").valueStream()
                .map(row -> row.get("personId").asString()).toList();
    }


    private static void awaitUpdate(EventProbe probe, String id, Predicate<JsonNode> matching) {
        probe.await(ofTypeAbout(ProfileUpdated.TYPE, id)
                .and(record -> matching.test(HttpApi.JSON.readTree(record.value()))));
    }

    /** How many ProfileUpdated the probe has seen about each of these people. */
    private static Map<String, Integer> updatesAbout(EventProbe probe, List<String> people) {
        return people.stream().collect(Collectors.toMap(id -> id,
                id -> probe.matching(ofTypeAbout(ProfileUpdated.TYPE, id)).size()));
    }

    private JsonNode person(String id) {
        return HttpApi.expect(api().get("/api/v1/people/" + id, admin), 200);
    }

    private Map<String, Long> versionsOf(List<String> people) {
        return people.stream().collect(Collectors.toMap(id -> id,
                id -> person(id).get("version").asLong()));
    }

    private static Map<String, Long> counts(JsonNode result) {
        JsonNode counts = result.get("counts");
        return Map.of("created", counts.get("created").asLong(), "updated", counts.get("updated").asLong(),
                "unchanged", counts.get("unchanged").asLong(), "rejected", counts.get("rejected").asLong());
    }

    private static String fields(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList().toString();
    }

    private static String errorFields(JsonNode row) {
        return row.get("errors").valueStream().map(error -> error.get("field").asString()).toList().toString();
    }

    private CsvImports imports() {
        return CsvImports.of(driver);
    }

    private HttpApi api() {
        return driver.api();
    }
}
