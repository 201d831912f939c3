package org.mentorat.profile.scim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.mentorat.testkit.HttpApi;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Users to provision and what SCIM answers look like, shared by the SCIM integration tests. */
final class ScimFixtures {

    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private ScimFixtures() {
    }

    static void assertScimError(ResponseEntity<String> response, int status, String scimType) {
        JsonNode error = HttpApi.expect(response, status);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/scim+json");
        assertThat(error.get("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.get("status").isString()).isTrue();
        assertThat(error.get("status").asString()).isEqualTo(String.valueOf(status));
        assertThat(error.get("detail").asString()).isNotBlank();
        if (scimType == null) {
            assertThat(error.has("scimType")).isFalse();
        } else {
            assertThat(error.get("scimType").asString()).isEqualTo(scimType);
        }
    }

    static int total(ScimClient client, String filter) {
        return HttpApi.expect(client.get("/Users?filter=" + filter), 200).get("totalResults").asInt();
    }

    /** Creates a user; {@code extraOrNumber} is either more JSON members or an employee number. */
    static String create(ScimClient client, String userName, String extraOrNumber) {
        boolean number = extraOrNumber.startsWith("E-");
        String body = user(userName + (number ? "" : "-" + UUID.randomUUID()),
                number ? extraOrNumber : "E-" + UUID.randomUUID(), number ? "" : extraOrNumber);
        return HttpApi.expect(client.post("/Users", body), 201).get("id").asString();
    }

    static String user(String userName, String employeeNumber, String extra) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "userName":"%s","name":{"givenName":"Amina","familyName":"Haddad"},
                 "emails":[{"value":"amina@acme.test","type":"work","primary":true}],
                 "%s":{"employeeNumber":"%s"}%s}
                """.formatted(ENTERPRISE, userName, ENTERPRISE, employeeNumber, extra);
    }
}
