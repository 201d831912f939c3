package org.mentorat.profile.scim;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.RequestValidation;
import org.mentorat.profile.people.PersonDraft;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a User (a POST or PUT body, or the result of a PATCH) into the profile it asserts.
 * Attributes SCIM does not carry (skills, languages, seniority…) are the person's own and are
 * kept from {@code current}. Omitted readWrite attributes are cleared (RFC 7644 §3.5.1), except
 * {@code active}, which an omission never changes: only an explicit false makes a leaver. The
 * enterprise extension is optional, its employee number too (the person is then keyed by their
 * external id, else their user name). What else the User holds is kept as sent ({@link SentUser}).
 */
@Component
class UserReader {

    private static final Set<String> LANGUAGES = Set.of("fr", "en", "ar");
    private static final Map<String, String> SCIM_NAMES = Map.of(
            "employeeNumber", Scim.ENTERPRISE_USER + ":employeeNumber",
            "givenName", "name.givenName",
            "familyName", "name.familyName",
            "email", "emails",
            "locale", "preferredLanguage",
            "timeZone", "timezone",
            "jobTitle", "title",
            "department", Scim.ENTERPRISE_USER + ":department",
            "managerEmployeeNumber", Scim.ENTERPRISE_USER + ":manager.value");

    private final RequestValidation validation;

    UserReader(RequestValidation validation) {
        this.validation = validation;
    }

    /** {@code current} is null for a new user. */
    PersonDraft read(ObjectNode user, PersonDraft current) {
        String userName = string(user, "userName", "userName");
        JsonNode name = object(user, "name", "name");
        JsonNode enterprise = object(user, Scim.ENTERPRISE_USER, Scim.ENTERPRISE_USER);
        String employeeNumber = string(enterprise, "employeeNumber", SCIM_NAMES.get("employeeNumber"));
        if (userName == null) {
            throw ScimError.INVALID_VALUE.exception("userName is required.");
        }
        Boolean active = bool(user.get("active"), "active");
        PersonDraft draft = new PersonDraft(employeeNumber, userName, string(user, "externalId", "externalId"),
                string(name, "givenName", "name.givenName"), string(name, "familyName", "name.familyName"),
                Emails.chosen(user.get("emails"), userName), language(user, current),
                string(user, "timezone", "timezone"), string(enterprise, "department", SCIM_NAMES.get("department")),
                string(user, "title", "title"), current == null ? null : current.seniorityLevel(), manager(enterprise),
                current == null ? null : current.location(), current == null ? null : current.remoteOk(),
                current == null ? null : current.languages(), current == null ? null : current.skills(),
                current == null ? null : current.interests(), current == null ? null : current.values(),
                active != null ? active : current == null ? null : current.active());
        try {
            return validation.validated(draft);
        } catch (InvalidRequestException e) {
            throw ScimError.INVALID_VALUE.exception(e.errors().stream()
                    .map(error -> SCIM_NAMES.getOrDefault(error.field(), error.field()) + " " + error.message())
                    .collect(Collectors.joining("; ")) + ".");
        }
    }

    /** preferredLanguage, else locale, as fr, en or ar; another language keeps the current one. */
    private static String language(ObjectNode user, PersonDraft current) {
        String preferred = string(user, "preferredLanguage", "preferredLanguage");
        String locale = string(user, "locale", "locale");
        if (preferred == null && locale == null) {
            return null;
        }
        for (String tag : new String[] {preferred, locale}) {
            String language = tag == null ? null : supportedLanguage(tag);
            if (language != null) {
                return language;
            }
        }
        return current == null ? null : current.locale();
    }

    /** The first supported language of a tag or Accept-Language list ({@code fr-CA}, {@code da, en;q=0.8}). */
    static String supportedLanguage(String tag) {
        for (String part : tag.split(",")) {
            String language = part.split(";")[0].trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
            if (LANGUAGES.contains(language)) {
                return language;
            }
        }
        return null;
    }

    /** manager is a complex attribute; Entra ID may send the bare value. */
    private static String manager(JsonNode enterprise) {
        JsonNode manager = enterprise == null ? null : enterprise.get("manager");
        if (manager != null && manager.isObject()) {
            return string(manager, "value", SCIM_NAMES.get("managerEmployeeNumber"));
        }
        return string(enterprise, "manager", SCIM_NAMES.get("managerEmployeeNumber"));
    }

    static String string(JsonNode parent, String member, String scimName) {
        JsonNode value = parent == null ? null : parent.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw ScimError.INVALID_VALUE.exception(scimName + " must be a string.");
        }
        return value.asString().isBlank() ? null : value.asString();
    }

    private static JsonNode object(JsonNode parent, String member, String scimName) {
        JsonNode value = parent.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw ScimError.INVALID_VALUE.exception(scimName + " must be an object.");
        }
        return value;
    }

    /** A JSON boolean, or the strings "True"/"False" that Entra ID sends. */
    static Boolean bool(JsonNode value, String scimName) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.isString() ? value.asString().toLowerCase(Locale.ROOT) : "";
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw ScimError.INVALID_VALUE.exception(scimName + " must be true or false.");
    }
}
