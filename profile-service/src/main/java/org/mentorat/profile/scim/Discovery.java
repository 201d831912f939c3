package org.mentorat.profile.scim;

import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The discovery documents: ServiceProviderConfig (RFC 7643 §5), ResourceType (§6), Schema (§7). */
final class Discovery {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Discovery() {
    }

    static ObjectNode serviceProviderConfig(String baseUrl) {
        ObjectNode config = NODES.objectNode();
        config.putArray("schemas").add(Scim.SERVICE_PROVIDER_CONFIG);
        config.putObject("patch").put("supported", true);
        config.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
        config.putObject("filter").put("supported", true).put("maxResults", Scim.MAX_RESULTS);
        config.putObject("changePassword").put("supported", false);
        config.putObject("sort").put("supported", false);
        config.putObject("etag").put("supported", true);
        config.putArray("authenticationSchemes").addObject()
                .put("type", "oauthbearertoken")
                .put("name", "OAuth Bearer Token")
                .put("description", "A JWT from the employer's identity provider carrying the tenant and "
                        + "the HR_INTEGRATION role (PROGRAM_ADMIN may read).")
                .put("specUri", "https://www.rfc-editor.org/info/rfc6750")
                .put("primary", true);
        config.set("meta", meta("ServiceProviderConfig", baseUrl + Scim.BASE_PATH + "/ServiceProviderConfig"));
        return config;
    }

    static ObjectNode userResourceType(String baseUrl) {
        ObjectNode type = NODES.objectNode();
        type.putArray("schemas").add(Scim.RESOURCE_TYPE);
        type.put("id", "User").put("name", "User").put("endpoint", "/Users")
                .put("description", "A person of the tenant, as Mentorat knows them.").put("schema", Scim.USER);
        type.putArray("schemaExtensions").addObject().put("schema", Scim.ENTERPRISE_USER).put("required", false);
        type.set("meta", meta("ResourceType", baseUrl + Scim.BASE_PATH + "/ResourceTypes/User"));
        return type;
    }

    static ObjectNode schema(String id, String baseUrl) {
        List<Attribute> attributes = id.equals(Scim.USER) ? UserSchema.CORE : UserSchema.ENTERPRISE;
        ObjectNode schema = NODES.objectNode();
        schema.putArray("schemas").add(Scim.SCHEMA);
        schema.put("id", id).put("name", UserSchema.NAMES.get(id))
                .put("description", id.equals(Scim.USER) ? "User Account" : "Enterprise User");
        attributes.stream().filter(Attribute::supported).map(Attribute::toJson)
                .forEach(schema.putArray("attributes")::add);
        schema.set("meta", meta("Schema", baseUrl + Scim.BASE_PATH + "/Schemas/" + id));
        return schema;
    }

    private static ObjectNode meta(String resourceType, String location) {
        return NODES.objectNode().put("resourceType", resourceType).put("location", location);
    }
}
