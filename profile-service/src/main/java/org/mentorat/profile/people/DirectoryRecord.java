package org.mentorat.profile.people;

import java.util.Objects;

/**
 * What the employer's identity provider last sent about a person (a SCIM User without its
 * server-assigned {@code id}, {@code meta} and {@code schemas}), kept verbatim so that it can be
 * returned exactly as sent: display name, phone numbers, addresses, the locale as the provider
 * spells it. Mentorat reads none of it; the profile holds what Mentorat uses. Personal data:
 * exported with the profile and erased with it.
 *
 * @param json a JSON object
 */
public record DirectoryRecord(String json) {

    public DirectoryRecord {
        Objects.requireNonNull(json, "json");
    }

    static DirectoryRecord ofNullable(String json) {
        return json == null ? null : new DirectoryRecord(json);
    }

    static String jsonOf(DirectoryRecord record) {
        return record == null ? null : record.json();
    }
}
