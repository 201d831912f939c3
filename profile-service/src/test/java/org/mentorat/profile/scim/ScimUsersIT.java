package org.mentorat.profile.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.profile.scim.ScimFixtures.ENTERPRISE;
import static org.mentorat.profile.scim.ScimFixtures.PATCH_OP;
import static org.mentorat.profile.scim.ScimFixtures.assertScimError;
import static org.mentorat.profile.scim.ScimFixtures.create;
import static org.mentorat.profile.scim.ScimFixtures.total;
import static org.mentorat.profile.scim.ScimFixtures.user;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileReactivated;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** A SCIM client's life with /scim/v2/Users, on the real broker and store. */
@ServiceTest(service = "profile")
class ScimUsersIT {

    @Autowired
    ServiceDriver driver;

    private final String tenant = "scim-" + UUID.randomUUID();

    @Test
    void aProvisionedUserFoundByUserNameAndPatchedInactiveIsALeaverOnTheBroker() {
        ScimClient idp = hr();
        String userName = "amina." + UUID.randomUUID() + "@acme.test";
        JsonNode created = HttpApi.expect(idp.post("/Users", user(userName, "E-" + UUID.randomUUID(), "")), 201);
        String id = created.get("id").asString();

        JsonNode found = HttpApi.expect(idp.get("/Users?filter=userName eq \"" + userName.toUpperCase() + "\""), 200);
        assertThat(found.get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.get("Resources").get(0).get("id").asString()).isEqualTo(id);

        EventProbe probe = driver.probe();
        JsonNode patched = HttpApi.expect(idp.patch("/Users/" + id, """
                {"schemas":["%s"],"Operations":[{"op":"replace","value":{"active":false}}]}
                """.formatted(PATCH_OP)), 200);
        assertThat(patched.get("active").asBoolean(true)).isFalse();

        ConsumerRecord<String, byte[]> event = probe.await(EventProbe.ofTypeAbout(ProfileDeactivated.TYPE, id));
        JsonNode data = HttpApi.JSON.readTree(event.value());
        assertThat(data.get("reason").asString()).isEqualTo("SCIM_LEAVER");
        assertThat(data.get("employeeNumber").asString()).isEqualTo(
                created.get(ENTERPRISE).get("employeeNumber").asString());
        assertThat(EventProbe.header(event, "ce_tenantid")).isEqualTo(tenant);
        assertThat(HttpApi.expect(idp.get("/Users/" + id), 200).get("active").asBoolean(true)).isFalse();
    }

    /** RFC 7644 §3.3: 201, Location = meta.location, ETag = meta.version, the resource as stored. */
    @Test
    void theRfcCreateExampleAnswersWithTheNewResource() {
        ScimClient idp = hr();
        String userName = "bjensen-" + UUID.randomUUID();
        ResponseEntity<String> response = idp.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "userName":"%s","externalId":"%s",
                 "name":{"formatted":"Ms. Barbara J Jensen III","familyName":"Jensen","givenName":"Barbara"},
                 "emails":[{"value":"bjensen@example.com","type":"work"}],
                 "%s":{"employeeNumber":"%s","department":"Tours"}}
                """.formatted(ENTERPRISE, userName, userName, ENTERPRISE, "E-" + UUID.randomUUID()));

        JsonNode user = HttpApi.expect(response, 201);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/scim+json");
        JsonNode meta = user.get("meta");
        assertThat(response.getHeaders().getLocation().toString()).isEqualTo(meta.get("location").asString())
                .endsWith("/scim/v2/Users/" + user.get("id").asString());
        assertThat(response.getHeaders().getETag()).isEqualTo(user.get("meta").get("version").asString())
                .startsWith("W/\"");
        assertThat(user.get("meta").get("resourceType").asString()).isEqualTo("User");
        assertThat(meta.get("created").asString()).isEqualTo(meta.get("lastModified").asString());
        assertThat(user.get("schemas").valueStream().map(JsonNode::asString))
                .containsExactly("urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE);
        assertThat(user.get("name").get("givenName").asString()).isEqualTo("Barbara");
        assertThat(user.get("emails").get(0).get("value").asString()).isEqualTo("bjensen@example.com");
        assertThat(user.get("active").asBoolean()).isTrue();
        assertThat(HttpApi.expect(idp.get("/Users/" + user.get("id").asString()), 200)).isEqualTo(user);
    }

    /** RFC 7644 §3.4.2: filters on userName and externalId, alone or combined. */
    @Test
    void filtersAnswerWithAListResponse() {
        ScimClient idp = hr();
        String first = create(idp, "first-" + UUID.randomUUID(), ",\"externalId\":\"ext-1\"");
        create(idp, "second-" + UUID.randomUUID(), ",\"externalId\":\"ext-2\"");

        JsonNode byExternalId = HttpApi.expect(idp.get("/Users?filter=externalId eq \"ext-1\""), 200);
        assertThat(byExternalId.get("schemas").get(0).asString())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        assertThat(byExternalId.get("totalResults").asInt()).isEqualTo(1);
        assertThat(byExternalId.get("itemsPerPage").asInt()).isEqualTo(1);
        assertThat(byExternalId.get("startIndex").asInt()).isEqualTo(1);
        assertThat(byExternalId.get("Resources").get(0).get("id").asString()).isEqualTo(first);

        assertThat(total(idp, "externalId eq \"EXT-1\"")).isZero();
        assertThat(total(idp, "externalId eq \"ext-1\" and active eq true")).isEqualTo(1);
        assertThat(total(idp, "externalId eq \"ext-1\" and active eq false")).isZero();
        assertThat(total(idp, "externalId eq \"ext-1\" or externalId eq \"ext-2\"")).isEqualTo(2);
        assertThat(total(idp, "userName eq \"nobody\"")).isZero();
        assertThat(HttpApi.expect(idp.get("/Users?filter=userName eq \"nobody\""), 200).get("Resources")).isEmpty();
    }

    @Test
    void listsPageFromAOneBasedStartIndex() {
        ScimClient idp = hr();
        List<String> ids = List.of(create(idp, "p1", ""), create(idp, "p2", ""), create(idp, "p3", ""),
                create(idp, "p4", ""), create(idp, "p5", ""));

        JsonNode page = HttpApi.expect(idp.get("/Users?startIndex=2&count=2"), 200);
        assertThat(page.get("totalResults").asInt()).isEqualTo(5);
        assertThat(page.get("startIndex").asInt()).isEqualTo(2);
        assertThat(page.get("itemsPerPage").asInt()).isEqualTo(2);
        assertThat(page.get("Resources").findValuesAsString("id")).containsExactly(ids.get(1), ids.get(2));

        assertThat(HttpApi.expect(idp.get("/Users?startIndex=5&count=10"), 200).get("Resources")
                .findValuesAsString("id")).containsExactly(ids.get(4));
        assertThat(HttpApi.expect(idp.get("/Users"), 200).get("Resources").findValuesAsString("id"))
                .containsExactlyElementsOf(ids);
        JsonNode countOnly = HttpApi.expect(idp.get("/Users?count=0"), 200);
        assertThat(countOnly.get("totalResults").asInt()).isEqualTo(5);
        assertThat(countOnly.get("itemsPerPage").asInt()).isZero();
        assertThat(HttpApi.expect(idp.get("/Users?startIndex=0&count=1"), 200).get("startIndex").asInt()).isEqualTo(1);
        assertThat(HttpApi.expect(idp.get("/Users?startIndex=9"), 200).get("Resources")).isEmpty();
    }

    /** RFC 7644 §3.5.2 operations, as Okta and Entra ID send them, change what GET shows. */
    @Test
    void patchOperationsChangeTheUser() {
        ScimClient idp = hr();
        String manager = create(idp, "manager", "");
        String managerNumber = HttpApi.expect(idp.get("/Users/" + manager), 200).get(ENTERPRISE)
                .get("employeeNumber").asString();
        String id = create(idp, "patched", ",\"title\":\"Analyst\"");
        String created = HttpApi.expect(idp.get("/Users/" + id), 200).get("meta").get("version").asString();

        ResponseEntity<String> response = idp.patch("/Users/" + id, """
                {"schemas":["%s"],"Operations":[
                  {"op":"replace","path":"name.givenName","value":"Noor"},
                  {"op":"Add","path":"emails[type eq \\"work\\"].value","value":"noor@acme.test"},
                  {"op":"remove","path":"title"},
                  {"op":"Add","path":"%s:department","value":"Finance"},
                  {"op":"Add","path":"%s:manager","value":"%s"},
                  {"op":"replace","value":{"preferredLanguage":"ar-MA","timezone":"Africa/Casablanca"}}]}
                """.formatted(PATCH_OP, ENTERPRISE, ENTERPRISE, manager));

        JsonNode user = HttpApi.expect(response, 200);
        assertThat(user.get("name").get("givenName").asString()).isEqualTo("Noor");
        assertThat(user.get("emails").get(0).get("value").asString()).isEqualTo("noor@acme.test");
        assertThat(user.has("title")).isFalse();
        assertThat(user.get(ENTERPRISE).get("department").asString()).isEqualTo("Finance");
        assertThat(user.get(ENTERPRISE).get("manager").get("value").asString()).as("as sent").isEqualTo(manager);
        assertThat(managerNumber).isNotBlank();
        assertThat(user.get("preferredLanguage").asString()).as("as sent").isEqualTo("ar-MA");
        assertThat(user.get("timezone").asString()).isEqualTo("Africa/Casablanca");
        assertThat(response.getHeaders().getETag()).isEqualTo(user.get("meta").get("version").asString())
                .isNotEqualTo(created);
        assertThat(HttpApi.expect(idp.get("/Users/" + id), 200)).isEqualTo(user);
    }

    /** Entra ID's shape of a leaver: capitalised op, a string boolean; sent again, it changes nothing. */
    @Test
    void entraIdDeactivatesWithAStringBoolean() {
        ScimClient idp = hr();
        String id = create(idp, "entra", "");
        String leaver = """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}
                """.formatted(PATCH_OP);

        ResponseEntity<String> first = idp.patch("/Users/" + id, leaver);
        ResponseEntity<String> again = idp.patch("/Users/" + id, leaver);

        assertThat(HttpApi.expect(first, 200).get("active").asBoolean(true)).isFalse();
        assertThat(HttpApi.expect(again, 200).get("active").asBoolean(true)).isFalse();
        assertThat(again.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
    }

    @Test
    void putReplacesTheUserAndClearsWhatItOmits() {
        ScimClient idp = hr();
        String userName = "put-" + UUID.randomUUID();
        String number = "E-" + UUID.randomUUID();
        JsonNode created = HttpApi.expect(idp.post("/Users", user(userName, number, ",\"title\":\"Lead\"")), 201);
        String id = created.get("id").asString();

        JsonNode replaced = HttpApi.expect(idp.put("/Users/" + id, user(userName, number,
                ",\"name\":{\"givenName\":\"Renamed\",\"familyName\":\"Person\"}")), 200);

        assertThat(replaced.get("name").get("givenName").asString()).isEqualTo("Renamed");
        assertThat(replaced.has("title")).isFalse();
        assertThat(replaced.get("active").asBoolean()).isTrue();
        assertThat(replaced.get("meta").get("version").asString())
                .isNotEqualTo(created.get("meta").get("version").asString());
    }

    /** Identity providers replay their PUTs: the same values again say nothing new on the broker. */
    @Test
    void aReplayedPutPublishesNoContactDetailsAndANewNameDoes() {
        ScimClient idp = hr();
        String userName = "replayed-" + UUID.randomUUID();
        String number = "E-" + UUID.randomUUID();
        String id = HttpApi.expect(idp.post("/Users", user(userName, number, ",\"preferredLanguage\":\"fr-FR\"")),
                201).get("id").asString();
        EventProbe probe = driver.probe();
        JsonNode created = HttpApi.JSON.readTree(
                probe.await(EventProbe.ofTypeAbout(ContactDetailsChanged.TYPE, id)).value());
        assertThat(created.get("email").asString()).isEqualTo("amina@acme.test");
        assertThat(created.get("locale").asString()).isEqualTo("fr");

        String same = user(userName, number, ",\"preferredLanguage\":\"fr-FR\"");
        HttpApi.expect(idp.put("/Users/" + id, same), 200);
        HttpApi.expect(idp.put("/Users/" + id, same), 200);
        HttpApi.expect(idp.put("/Users/" + id, user(userName, number, ",\"preferredLanguage\":\"fr-FR\","
                + "\"name\":{\"givenName\":\"Aminata\",\"familyName\":\"Haddad\"}")), 200);

        probe.await(EventProbe.ofTypeAbout(ContactDetailsChanged.TYPE, id)
                .and(record -> "Aminata".equals(HttpApi.JSON.readTree(record.value()).get("givenName").asString())));
        assertThat(probe.matching(EventProbe.ofTypeAbout(ContactDetailsChanged.TYPE, id)))
                .as("the creation and the new name, nothing for the replays").hasSize(2);
    }

    /** RFC 7644 §3.6: 204, then the user is gone for every operation. */
    @Test
    void aDeletedUserIsGone() {
        ScimClient idp = hr();
        String userName = "deleted-" + UUID.randomUUID();
        String id = HttpApi.expect(idp.post("/Users", user(userName, "E-" + UUID.randomUUID(), "")), 201)
                .get("id").asString();

        assertThat(idp.delete("/Users/" + id).getStatusCode().value()).isEqualTo(204);

        assertScimError(idp.get("/Users/" + id), 404, null);
        assertScimError(idp.delete("/Users/" + id), 404, null);
        assertScimError(idp.patch("/Users/" + id, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":"
                + "[{\"op\":\"remove\",\"path\":\"title\"}]}"), 404, null);
        assertThat(total(idp, "userName eq \"" + userName + "\"")).isZero();
    }

    /** An HR system that deletes a leaver and later rehires them gets the profile back, active. */
    @Test
    void aRehireAfterDeleteIsProvisionedAgain() {
        ScimClient idp = hr();
        String userName = "rehired-" + UUID.randomUUID();
        String number = "E-" + UUID.randomUUID();
        String id = HttpApi.expect(idp.post("/Users", user(userName, number, "")), 201).get("id").asString();
        assertThat(idp.delete("/Users/" + id).getStatusCode().value()).isEqualTo(204);

        JsonNode rehired = HttpApi.expect(idp.post("/Users", user(userName, number, "")), 201);

        assertThat(rehired.get("active").asBoolean()).isTrue();
        assertThat(total(idp, "userName eq \"" + userName + "\"")).isEqualTo(1);
        assertThat(HttpApi.expect(idp.get("/Users/" + rehired.get("id").asString()), 200)
                .get("userName").asString()).isEqualTo(userName);
        EventProbe probe = driver.probe();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> probe.matching(EventProbe.ofTypeAbout(ProfileUpdated.TYPE, id)).size() == 2);
        JsonNode back = HttpApi.JSON.readTree(
                probe.matching(EventProbe.ofTypeAbout(ProfileUpdated.TYPE, id)).get(1).value());
        assertThat(back.get("employeeNumber").asString()).isEqualTo(number);
        assertThat(back.get("changedFields").valueStream().map(JsonNode::asString)).contains("employeeNumber");
        probe.await(EventProbe.ofTypeAbout(ProfileReactivated.TYPE, id));
    }

    /** Matching learns reporting lines from provisioning; SCIM's manager id arrives as an employee number. */
    @Test
    void aProvisionedUserIsAnnouncedWithTheirEmployeeNumberAndManager() {
        ScimClient idp = hr();
        String managerNumber = "E-" + UUID.randomUUID();
        String manager = create(idp, "boss-" + UUID.randomUUID(), managerNumber);
        String number = "E-" + UUID.randomUUID();

        String id = HttpApi.expect(idp.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "userName":"%s","name":{"givenName":"Amina","familyName":"Haddad"},
                 "emails":[{"value":"amina@acme.test","type":"work","primary":true}],
                 "%s":{"employeeNumber":"%s","department":"Tours","manager":{"value":"%s"}}}
                """.formatted(ENTERPRISE, "report-" + UUID.randomUUID(), ENTERPRISE, number, manager)), 201)
                .get("id").asString();

        EventProbe probe = driver.probe();
        JsonNode boss = HttpApi.JSON.readTree(probe.await(EventProbe.ofTypeAbout(ProfileUpdated.TYPE, manager))
                .value());
        assertThat(boss.get("employeeNumber").asString()).isEqualTo(managerNumber);
        JsonNode report = HttpApi.JSON.readTree(probe.await(EventProbe.ofTypeAbout(ProfileUpdated.TYPE, id))
                .value());
        assertThat(report.get("employeeNumber").asString()).isEqualTo(number);
        assertThat(report.get("managerEmployeeNumber").asString()).isEqualTo(managerNumber);
        assertThat(report.get("department").asString()).isEqualTo("Tours");
        assertThat(report.get("changedFields").valueStream().map(JsonNode::asString))
                .contains("employeeNumber", "managerEmployeeNumber", "department");
    }

    /** RFC 7644 §3.14: If-Match with a stale version fails with 412; If-None-Match gives 304. */
    @Test
    void versionsGuardAgainstLostUpdates() {
        ScimClient idp = hr();
        String userName = "etag-" + UUID.randomUUID();
        String number = "E-" + UUID.randomUUID();
        ResponseEntity<String> created = idp.post("/Users", user(userName, number, ""));
        String id = HttpApi.expect(created, 201).get("id").asString();
        String version = created.getHeaders().getETag();
        String patch = "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"title\","
                + "\"value\":\"Lead\"}]}";

        ResponseEntity<String> updated = idp.patch("/Users/" + id, patch, "If-Match", version);
        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        String newVersion = updated.getHeaders().getETag();
        assertThat(newVersion).isNotEqualTo(version);

        assertScimError(idp.patch("/Users/" + id, patch, "If-Match", version), 412, null);
        assertScimError(idp.put("/Users/" + id, user(userName, number, ""), "If-Match", version), 412, null);
        assertScimError(idp.delete("/Users/" + id, "If-Match", version), 412, null);
        assertThat(idp.get("/Users/" + id, "If-None-Match", newVersion).getStatusCode().value()).isEqualTo(304);
        assertThat(idp.get("/Users/" + id, "If-None-Match", version).getStatusCode().value()).isEqualTo(200);
        assertThat(idp.put("/Users/" + id, user(userName, number, ""), "If-Match", newVersion)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aTakenUserNameOrEmployeeNumberIsAUniquenessConflict() {
        ScimClient idp = hr();
        String userName = "unique-" + UUID.randomUUID();
        String number = "E-" + UUID.randomUUID();
        create(idp, userName, number);
        String other = create(idp, "other-" + UUID.randomUUID(), "");

        assertScimError(idp.post("/Users", user(userName.toUpperCase(), "E-" + UUID.randomUUID(), "")), 409,
                "uniqueness");
        assertScimError(idp.post("/Users", user("fresh-" + UUID.randomUUID(), number, "")), 409, "uniqueness");
        assertScimError(idp.patch("/Users/" + other, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":"
                + "[{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"" + userName + "\"}]}"), 409, "uniqueness");
    }

    @Test
    void plainJsonIsAcceptedAndAnsweredWhenAsked() {
        ScimClient idp = hr();
        ResponseEntity<String> response = idp.post("/Users", user("json-" + UUID.randomUUID(), "E-" + UUID.randomUUID(),
                ""), "Content-Type", "application/json", "Accept", "application/json");

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/json");
    }

    /** RFC 7644 §3.4.3 and §3.9: a POSTed search, and only the attributes asked for. */
    @Test
    void searchesCanBePostedAndNarrowedToSomeAttributes() {
        ScimClient idp = hr();
        String userName = "search-" + UUID.randomUUID();
        String id = create(idp, userName, "E-" + UUID.randomUUID());

        JsonNode found = HttpApi.expect(idp.post("/Users/.search", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"userName eq \\"%s\\"","attributes":["userName","name.familyName"],"startIndex":1,"count":10}
                """.formatted(userName)), 200);

        JsonNode user = found.get("Resources").get(0);
        assertThat(user.propertyNames()).containsExactlyInAnyOrder("schemas", "id", "userName", "name");
        assertThat(user.get("name").propertyNames()).containsExactly("familyName");
        JsonNode without = HttpApi.expect(idp.get("/Users/" + id + "?excludedAttributes=emails,meta"), 200);
        assertThat(without.has("emails")).isFalse();
        assertThat(without.has("meta")).isFalse();
        assertThat(without.has("userName")).isTrue();
    }


    private ScimClient hr() {
        return ScimClient.as(driver, tenant, "HR_INTEGRATION");
    }
}
