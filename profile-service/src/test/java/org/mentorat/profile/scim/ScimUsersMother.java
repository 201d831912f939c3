package org.mentorat.profile.scim;

import java.time.Instant;
import java.util.List;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.people.PersonDraft;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Test data: Barbara Jensen of RFC 7643 §8.2 as a Mentorat person and as a served SCIM User. */
final class ScimUsersMother {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ID = "0190f2c4-7e1a-7000-8000-000000000001";

    private ScimUsersMother() {
    }

    static PersonDraft babs() {
        return new PersonDraft("701984", "bjensen@example.com", "701984", "Barbara", "Jensen",
                "bjensen@example.com", "en", "America/Los_Angeles", "Tour Operations", "Tour Guide", 4, "E-9",
                "Paris", true, List.of("en", "fr"), List.of(), List.of(), List.of(), true);
    }

    static ObjectNode served(PersonDraft draft) {
        return UserResource.of(new StoredUser(new Person(ID, 3, draft), Instant.parse("2011-08-01T18:29:49.793Z"),
                Instant.parse("2011-08-01T21:32:44.882Z")), "https://example.com");
    }

    static ObjectNode served() {
        return served(babs());
    }

    static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }
}
