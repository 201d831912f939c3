package org.mentorat.profile.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.profile.scim.ScimFixtures.ENTERPRISE;
import static org.mentorat.profile.scim.ScimFixtures.assertScimError;

import org.junit.jupiter.api.Test;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** RFC 7644 §4: what a client learns before provisioning. */
@ServiceTest(service = "profile")
class ScimDiscoveryIT {

    @Autowired
    ServiceDriver driver;

    @Test
    void theServiceProviderConfigSaysWhatIsSupported() {
        JsonNode config = HttpApi.expect(client().get("/ServiceProviderConfig"), 200);

        assertThat(config.get("schemas").get(0).asString())
                .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        assertThat(config.get("patch").get("supported").asBoolean()).isTrue();
        assertThat(config.get("filter").get("supported").asBoolean()).isTrue();
        assertThat(config.get("filter").get("maxResults").asInt()).isEqualTo(200);
        assertThat(config.get("etag").get("supported").asBoolean()).isTrue();
        assertThat(config.get("bulk").get("supported").asBoolean(true)).isFalse();
        assertThat(config.get("sort").get("supported").asBoolean(true)).isFalse();
        assertThat(config.get("changePassword").get("supported").asBoolean(true)).isFalse();
        assertThat(config.get("authenticationSchemes").get(0).get("type").asString()).isEqualTo("oauthbearertoken");
    }

    @Test
    void theUserResourceTypeNamesItsSchemaAndOptionalExtension() {
        JsonNode types = HttpApi.expect(client().get("/ResourceTypes"), 200);
        JsonNode user = HttpApi.expect(client().get("/ResourceTypes/User"), 200);

        assertThat(types.get("totalResults").asInt()).isEqualTo(1);
        assertThat(types.get("Resources").get(0)).isEqualTo(user);
        assertThat(user.get("endpoint").asString()).isEqualTo("/Users");
        assertThat(user.get("schema").asString()).isEqualTo("urn:ietf:params:scim:schemas:core:2.0:User");
        assertThat(user.get("schemaExtensions").get(0).get("schema").asString()).isEqualTo(ENTERPRISE);
        assertThat(user.get("schemaExtensions").get(0).get("required").asBoolean()).isFalse();
        assertThat(user.get("meta").get("location").asString()).endsWith("/scim/v2/ResourceTypes/User");
        assertScimError(client().get("/ResourceTypes/Group"), 404, null);
    }

    @Test
    void theSchemasDescribeTheAttributesMentoratKeeps() {
        JsonNode schemas = HttpApi.expect(client().get("/Schemas"), 200);
        JsonNode core = HttpApi.expect(client().get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"), 200);
        JsonNode enterprise = HttpApi.expect(client().get("/Schemas/" + ENTERPRISE), 200);

        assertThat(schemas.get("Resources").findValuesAsString("id"))
                .containsExactlyInAnyOrder("urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE);
        assertThat(core.get("attributes").findValuesAsString("name")).contains("userName", "name", "givenName",
                "familyName", "emails", "active", "locale", "timezone", "title", "preferredLanguage", "displayName",
                "formatted", "middleName", "honorificPrefix", "honorificSuffix", "phoneNumbers", "addresses")
                .doesNotContain("password", "groups");
        JsonNode userName = attribute(core, "userName");
        assertThat(userName.get("required").asBoolean()).isTrue();
        assertThat(userName.get("caseExact").asBoolean(true)).isFalse();
        assertThat(userName.get("uniqueness").asString()).isEqualTo("server");
        assertThat(attribute(enterprise, "employeeNumber").get("required").asBoolean()).isFalse();
        assertThat(enterprise.get("attributes").findValuesAsString("name")).contains("costCenter", "organization",
                "division", "department");
        assertThat(attribute(enterprise, "manager").get("subAttributes").findValuesAsString("name"))
                .containsExactly("value", "$ref");
        assertScimError(client().get("/Schemas/urn:example:unknown"), 404, null);
    }

    @Test
    void discoveryIsNotFiltered() {
        assertScimError(client().get("/Schemas?filter=id eq \"x\""), 403, null);
        assertScimError(client().get("/ResourceTypes?filter=id eq \"User\""), 403, null);
    }

    private static JsonNode attribute(JsonNode schema, String name) {
        return schema.get("attributes").valueStream().filter(a -> a.get("name").asString().equals(name))
                .findFirst().orElseThrow();
    }

    private ScimClient client() {
        return ScimClient.as(driver, "acme", "HR_INTEGRATION");
    }

    /** Integrators generate clients from the OpenAPI document: the SCIM operations are in it, bounded. */
    @Test
    void theOpenApiDocumentDescribesTheScimOperationsAndTheirBounds() {
        JsonNode api = HttpApi.expect(driver.api().get("/v3/api-docs", null), 200);

        assertThat(api.get("paths").get("/scim/v2/Users").get("post").get("operationId").asString())
                .isEqualTo("scimCreateUser");
        assertThat(api.get("paths").get("/scim/v2/Users/{id}").get("patch").get("responses").has("412")).isTrue();
        JsonNode user = api.get("components").get("schemas").get("ScimUser").get("properties");
        assertThat(user.get("phoneNumbers").get("maxItems").asInt()).isEqualTo(SentUser.MAX_VALUES);
        assertThat(user.get("userName").get("maxLength").asInt()).isEqualTo(254);
    }
}
