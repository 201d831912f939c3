package org.mentorat.profile.scim;

import tools.jackson.databind.JsonNode;

/**
 * Mentorat writes to one address per person: of a User's {@code emails}, the primary one, else
 * the one typed work, else the first; a user without emails whose userName is an address uses it.
 * The others are kept as sent, and returned.
 */
final class Emails {

    private Emails() {
    }

    static String chosen(JsonNode emails, String userName) {
        if (emails == null || emails.isNull() || (emails.isArray() && emails.isEmpty())) {
            return userName != null && userName.contains("@") ? userName : null;
        }
        if (!emails.isArray()) {
            throw ScimError.INVALID_VALUE.exception("emails must be an array.");
        }
        for (JsonNode email : emails) {
            if (!email.isObject()) {
                throw ScimError.INVALID_VALUE.exception("Each of emails is an object with a value.");
            }
            UserReader.bool(email.get("primary"), "emails.primary");
            UserReader.string(email, "value", "emails.value");
        }
        JsonNode chosen = chosenEntry(emails);
        if (chosen == null) {
            throw ScimError.INVALID_VALUE.exception("emails has no value.");
        }
        return chosen.get("value").asString();
    }

    /** The entry Mentorat writes to, or null when there is none with a value; never refuses. */
    static JsonNode chosenEntry(JsonNode emails) {
        if (emails == null || !emails.isArray()) {
            return null;
        }
        JsonNode chosen = null;
        int rank = Integer.MAX_VALUE;
        for (JsonNode email : emails) {
            JsonNode value = email.get("value");
            if (!email.isObject() || value == null || !value.isString() || value.asString().isBlank()) {
                continue;
            }
            JsonNode primary = email.get("primary");
            boolean isPrimary = primary != null && (primary.asBoolean(false) || "true".equalsIgnoreCase(
                    primary.asString("")));
            int emailRank = isPrimary ? 0 : "work".equalsIgnoreCase(email.path("type").asString("")) ? 1 : 2;
            if (emailRank < rank) {
                chosen = email;
                rank = emailRank;
            }
        }
        return chosen;
    }
}
