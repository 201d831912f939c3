package org.mentorat.profile.scim;

import org.mentorat.profile.people.Person;
import org.mentorat.profile.people.PersonDraft;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person as a SCIM User resource: the core schema, the enterprise extension when the user has
 * one, and {@code meta}. A user the identity provider sent is returned as sent ({@link SentUser}),
 * corrected where Mentorat changed the profile since ({@link ProfileOverlay}); a person only REST
 * or CSV ever wrote is shown from the profile.
 */
final class UserResource {

    private UserResource() {
    }

    static ObjectNode of(StoredUser user, String baseUrl) {
        Person person = user.person();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putArray("schemas").add(Scim.USER);
        json.put("id", person.id());
        ObjectNode attributes = person.directory() == null ? null
                : SentUser.attributes(person.directory()).orElse(null);
        json.setAll(attributes == null ? fromProfile(person.profile())
                : ProfileOverlay.apply(attributes, person.profile()));
        json.put("active", person.isActive());
        if (json.get(Scim.ENTERPRISE_USER) instanceof ObjectNode) {
            json.withArray("schemas").add(Scim.ENTERPRISE_USER);
        }
        ObjectNode meta = json.putObject("meta").put("resourceType", "User");
        if (user.created() != null) {
            meta.put("created", user.created().toString());
        }
        if (user.lastModified() != null) {
            meta.put("lastModified", user.lastModified().toString());
        }
        meta.put("location", location(baseUrl, person.id())).put("version", user.etag());
        return json;
    }

    static String location(String baseUrl, String id) {
        return baseUrl + Scim.BASE_PATH + "/Users/" + id;
    }

    private static ObjectNode fromProfile(PersonDraft p) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        putIfPresent(json, "externalId", p.externalId());
        json.put("userName", p.userName());
        ObjectNode name = json.putObject("name");
        putIfPresent(name, "givenName", p.givenName());
        putIfPresent(name, "familyName", p.familyName());
        if (p.email() != null) {
            json.putArray("emails").addObject().put("value", p.email()).put("type", "work").put("primary", true);
        }
        putIfPresent(json, "title", p.jobTitle());
        putIfPresent(json, "preferredLanguage", p.locale());
        putIfPresent(json, "locale", p.locale());
        putIfPresent(json, "timezone", p.timeZone());
        if (p.employeeNumber() != null || p.department() != null || p.managerEmployeeNumber() != null) {
            ObjectNode enterprise = json.putObject(Scim.ENTERPRISE_USER);
            putIfPresent(enterprise, "employeeNumber", p.employeeNumber());
            putIfPresent(enterprise, "department", p.department());
            if (p.managerEmployeeNumber() != null) {
                enterprise.putObject("manager").put("value", p.managerEmployeeNumber());
            }
        }
        return json;
    }

    private static void putIfPresent(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
