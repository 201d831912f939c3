package org.mentorat.profile.scim;

import java.util.Objects;
import java.util.UUID;
import org.mentorat.profile.people.PersonDraft;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The User as sent, corrected where Mentorat's profile says otherwise: an administrator (REST) or
 * an HR file (CSV) may have changed what the identity provider sent, and a GET must tell the
 * truth. An attribute is rewritten only when the profile differs from what the sent value means
 * to Mentorat, so what was sent comes back exactly while nobody else changed it: a time zone
 * left out still reads UTC, {@code preferredLanguage: "en-US"} still means {@code en}, a manager
 * sent as a user id still means that manager's employee number.
 */
final class ProfileOverlay {

    private ProfileOverlay() {
    }

    static ObjectNode apply(ObjectNode sent, PersonDraft p) {
        ObjectNode user = sent.deepCopy();
        correct(user, "userName", p.userName());
        correct(user, "externalId", p.externalId());
        correct(user, "name", "givenName", p.givenName());
        correct(user, "name", "familyName", p.familyName());
        correct(user, "title", p.jobTitle());
        if (!Objects.equals(Objects.requireNonNullElse(text(user.get("timezone")), "UTC"), p.timeZone())) {
            put(user, "timezone", p.timeZone());
        }
        correctLanguage(user, p.locale());
        correctEmail(user, p.email());
        correct(user, Scim.ENTERPRISE_USER, "employeeNumber", p.employeeNumber());
        correct(user, Scim.ENTERPRISE_USER, "department", p.department());
        correctManager(user, p.managerEmployeeNumber());
        return user;
    }

    private static void correctLanguage(ObjectNode user, String locale) {
        String preferred = text(user.get("preferredLanguage"));
        String sentLocale = text(user.get("locale"));
        String meant = preferred == null ? null : UserReader.supportedLanguage(preferred);
        if (meant == null && sentLocale != null) {
            meant = UserReader.supportedLanguage(sentLocale);
        }
        boolean unsupportedSent = meant == null && (preferred != null || sentLocale != null);
        if (!unsupportedSent && !Objects.equals(Objects.requireNonNullElse(meant, "en"), locale)) {
            put(user, "preferredLanguage", locale);
        }
    }

    private static void correctEmail(ObjectNode user, String email) {
        JsonNode chosen = Emails.chosenEntry(user.get("emails"));
        if (chosen instanceof ObjectNode entry) {
            if (!Objects.equals(text(entry.get("value")), email)) {
                entry.put("value", email);
            }
        } else if (email != null && !email.equals(text(user.get("userName")))) {
            ArrayNode emails = user.putArray("emails");
            emails.addObject().put("value", email).put("type", "work").put("primary", true);
        }
    }

    /** A manager sent as a user id was translated to their employee number when stored. */
    private static void correctManager(ObjectNode user, String managerNumber) {
        JsonNode manager = user.path(Scim.ENTERPRISE_USER).path("manager");
        String sent = manager.isObject() ? text(manager.get("value")) : text(manager);
        if (Objects.equals(sent, managerNumber) || (isId(sent) && managerNumber != null)) {
            return;
        }
        ObjectNode enterprise = container(user, Scim.ENTERPRISE_USER);
        if (managerNumber == null) {
            enterprise.remove("manager");
        } else {
            enterprise.putObject("manager").put("value", managerNumber);
        }
    }

    private static void correct(ObjectNode user, String member, String value) {
        if (!Objects.equals(text(user.get(member)), value)) {
            put(user, member, value);
        }
    }

    private static void correct(ObjectNode user, String parent, String member, String value) {
        JsonNode sent = user.path(parent).get(member);
        if (!Objects.equals(text(sent), value) && (value != null || user.get(parent) instanceof ObjectNode)) {
            put(container(user, parent), member, value);
        }
    }

    private static ObjectNode container(ObjectNode user, String member) {
        return user.get(member) instanceof ObjectNode existing ? existing : user.putObject(member);
    }

    private static void put(ObjectNode object, String member, String value) {
        if (value == null) {
            object.remove(member);
        } else {
            object.put(member, value);
        }
    }

    /** A sent string as Mentorat reads it: blank is no value. */
    private static String text(JsonNode value) {
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static boolean isId(String value) {
        if (value == null) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
