package org.mentorat.profile.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.profile.scim.ScimFixtures.PATCH_OP;
import static org.mentorat.profile.scim.ScimFixtures.assertScimError;
import static org.mentorat.profile.scim.ScimFixtures.create;
import static org.mentorat.profile.scim.ScimFixtures.total;
import static org.mentorat.profile.scim.ScimFixtures.user;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** RFC 7644 §3.12 errors, tenant isolation and roles on /scim/v2. */
@ServiceTest(service = "profile")
class ScimErrorsIT {

    @Autowired
    ServiceDriver driver;

    private final String tenant = "scim-" + UUID.randomUUID();

    /** RFC 7644 §3.12: every malformed request gets a SCIM error with the status and scimType that fit. */
    @Test
    void malformedRequestsGetScimErrors() {
        ScimClient idp = hr();
        String id = create(idp, "target", "");

        assertScimError(idp.post("/Users", "{\"schemas\": [\"urn:ietf"), 400, "invalidSyntax");
        assertScimError(idp.post("/Users", "[]"), 400, "invalidSyntax");
        assertScimError(idp.post("/Users", "{\"userName\":\"no-schemas\"}"), 400, "invalidSyntax");
        assertScimError(idp.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"x",
                 "name":{"givenName":"G","familyName":"F"},"emails":[{"value":"x@acme.test"}],
                 "phoneNumbers":"+1 555 0100"}
                """), 400, "invalidValue");
        assertScimError(idp.post("/Users", user("bad-email", "E-" + UUID.randomUUID(),
                ",\"emails\":[{\"value\":\"not an address\"}]")), 400, "invalidValue");
        assertScimError(idp.get("/Users?filter=userName eq bjensen"), 400, "invalidFilter");
        assertScimError(idp.get("/Users?filter=title pr"), 400, "invalidFilter");
        assertScimError(idp.get("/Users?startIndex=first"), 400, "invalidValue");
        assertScimError(idp.patch("/Users/" + id, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":"
                + "[{\"op\":\"replace\",\"path\":\"emails[type eq \",\"value\":\"x\"}]}"), 400, "invalidPath");
        assertScimError(idp.patch("/Users/" + id, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":"
                + "[{\"op\":\"remove\"}]}"), 400, "noTarget");
        assertScimError(idp.patch("/Users/" + id, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":"
                + "[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"mine\"}]}"), 400, "mutability");
        assertScimError(idp.patch("/Users/" + id, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":"
                + "[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"maybe\"}]}"), 400, "invalidValue");
        assertScimError(idp.get("/Users/" + UUID.randomUUID()), 404, null);
        assertScimError(idp.post("/Users", "userName=x", "Content-Type", "application/x-www-form-urlencoded"),
                415, null);
    }

    /** What the platform answers before SCIM code runs is a SCIM error too. */
    @Test
    void unknownPathsWrongMethodsAndOversizedBodiesGetScimErrors() {
        ScimClient idp = hr();

        assertScimError(idp.get("/Groups"), 404, null);
        assertScimError(idp.put("/Users", user("x", "E-1", "")), 405, null);
        assertScimError(idp.post("/Users", user("big", "E-" + UUID.randomUUID(),
                ",\"title\":\"" + "x".repeat(1_100_000) + "\"")), 413, null);
    }

    @Test
    void anotherTenantSeesNoneOfTheUsers() {
        String userName = "isolated-" + UUID.randomUUID();
        String id = create(hr(), userName, "");
        ScimClient stranger = ScimClient.as(driver, "other-" + UUID.randomUUID(), "HR_INTEGRATION");

        assertScimError(stranger.get("/Users/" + id), 404, null);
        assertThat(total(stranger, "userName eq \"" + userName + "\"")).isZero();
        assertThat(HttpApi.expect(stranger.get("/Users"), 200).get("totalResults").asInt()).isZero();
        assertScimError(stranger.put("/Users/" + id, user(userName, "E-" + UUID.randomUUID(), "")), 404, null);
        assertScimError(stranger.delete("/Users/" + id), 404, null);
        assertThat(HttpApi.expect(hr().get("/Users/" + id), 200).get("active").asBoolean()).isTrue();
    }

    @Test
    void onlyHrIntegrationsProvisionAndAdministratorsOnlyRead() {
        String id = create(hr(), "roles", "");
        ScimClient admin = ScimClient.as(driver, tenant, "PROGRAM_ADMIN");
        ScimClient mentee = ScimClient.as(driver, tenant, "MENTEE");

        assertThat(admin.get("/Users/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(admin.get("/Users?filter=id eq \"" + id + "\"").getStatusCode().value()).isEqualTo(200);
        assertScimError(admin.post("/Users", user("admin-made", "E-" + UUID.randomUUID(), "")), 403, null);
        assertScimError(admin.delete("/Users/" + id), 403, null);
        assertScimError(mentee.get("/Users/" + id), 403, null);
        assertScimError(mentee.get("/ServiceProviderConfig"), 403, null);
        ResponseEntity<String> anonymous = ScimClient.anonymous(driver).get("/Users");
        assertScimError(anonymous, 401, null);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    private ScimClient hr() {
        return ScimClient.as(driver, tenant, "HR_INTEGRATION");
    }
}
