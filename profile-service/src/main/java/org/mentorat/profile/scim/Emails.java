package org.mentorat.profile.scim;

import tools.jackson.databind.JsonNode;

/**
 * Mentorat keeps one work email per person: of a User's {@code emails}, the primary one, else
 * the one typed work, else the first; a user without emails whose userName is an address uses it.
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
        JsonNode chosen = null;
        int rank = Integer.MAX_VALUE;
        for (JsonNode email : emails) {
            if (!email.isObject()) {
                throw ScimError.INVALID_VALUE.exception("Each of emails is an object with a value.");
            }
            int emailRank = Boolean.TRUE.equals(UserReader.bool(email.get("primary"), "emails.primary")) ? 0
                    : "work".equalsIgnoreCase(email.path("type").asString("")) ? 1 : 2;
            if (emailRank < rank && UserReader.string(email, "value", "emails.value") != null) {
                chosen = email;
                rank = emailRank;
            }
        }
        if (chosen == null) {
            throw ScimError.INVALID_VALUE.exception("emails has no value.");
        }
        return chosen.get("value").asString();
    }
}
