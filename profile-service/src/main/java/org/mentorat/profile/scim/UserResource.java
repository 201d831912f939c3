package org.mentorat.profile.scim;

import org.mentorat.profile.people.PersonDraft;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A person as a SCIM User resource: core schema, enterprise extension and {@code meta}. */
final class UserResource {

    private UserResource() {
    }

    static ObjectNode of(StoredUser user, String baseUrl) {
        PersonDraft p = user.person().profile();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putArray("schemas").add(Scim.USER).add(Scim.ENTERPRISE_USER);
        json.put("id", user.person().id());
        putIfPresent(json, "externalId", p.externalId());
        json.put("userName", p.userName());
        ObjectNode name = json.putObject("name");
        putIfPresent(name, "givenName", p.givenName());
        putIfPresent(name, "familyName", p.familyName());
        if (p.email() != null) {
            json.putArray("emails").addObject().put("value", p.email()).put("type", "work").put("primary", true);
        }
        json.put("active", user.person().isActive());
        putIfPresent(json, "title", p.jobTitle());
        putIfPresent(json, "preferredLanguage", p.locale());
        putIfPresent(json, "locale", p.locale());
        putIfPresent(json, "timezone", p.timeZone());
        ObjectNode enterprise = json.putObject(Scim.ENTERPRISE_USER);
        enterprise.put("employeeNumber", p.employeeNumber());
        putIfPresent(enterprise, "department", p.department());
        if (p.managerEmployeeNumber() != null) {
            enterprise.putObject("manager").put("value", p.managerEmployeeNumber());
        }
        ObjectNode meta = json.putObject("meta").put("resourceType", "User");
        if (user.created() != null) {
            meta.put("created", user.created().toString());
        }
        if (user.lastModified() != null) {
            meta.put("lastModified", user.lastModified().toString());
        }
        meta.put("location", location(baseUrl, user.person().id())).put("version", user.etag());
        return json;
    }

    static String location(String baseUrl, String id) {
        return baseUrl + Scim.BASE_PATH + "/Users/" + id;
    }

    private static void putIfPresent(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
