package org.mentorat.profile.scim;

import static org.mentorat.profile.scim.Attribute.bool;
import static org.mentorat.profile.scim.Attribute.complex;
import static org.mentorat.profile.scim.Attribute.ignored;
import static org.mentorat.profile.scim.Attribute.multiValued;
import static org.mentorat.profile.scim.Attribute.string;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The User resource as Mentorat serves it: the core schema (RFC 7643 §4.1), the enterprise
 * extension (§4.3) and the common attributes (§3.1). Attribute names are case-insensitive
 * (§2.1), so every request body is first rewritten to the canonical names.
 */
final class UserSchema {

    static final List<Attribute> COMMON = List.of(
            string("schemas", "URNs of the schemas the resource uses.").ofType("reference").asMultiValued()
                    .asCaseExact().readOnly().returnedAlways(),
            string("id", "Unique identifier assigned by Mentorat.").asCaseExact().readOnly().returnedAlways()
                    .uniqueOnServer(),
            string("externalId", "Identifier of the user in the provisioning client.").asCaseExact(),
            complex("meta", "Resource metadata.",
                    string("resourceType", "User").asCaseExact().readOnly(),
                    string("created", "When the user was created.").ofType("dateTime").readOnly(),
                    string("lastModified", "When the user last changed.").ofType("dateTime").readOnly(),
                    string("location", "URI of the user.").ofType("reference").asCaseExact().readOnly(),
                    string("version", "Weak entity tag of the current version.").asCaseExact().readOnly())
                    .readOnly());

    static final List<Attribute> CORE = List.of(
            string("userName", "Login name in the identity provider; unique per tenant, compared "
                    + "case-insensitively.").asRequired().uniqueOnServer(),
            complex("name", "The user's name, kept as sent.",
                    string("formatted", "The full name as displayed."),
                    string("familyName", "Family name.").asRequired(),
                    string("givenName", "Given name.").asRequired(),
                    string("middleName", "Middle name."),
                    string("honorificPrefix", "Title before the name, such as Dr."),
                    string("honorificSuffix", "Suffix after the name, such as III.")).asRequired(),
            string("displayName", "Name shown for the user, kept as sent."),
            string("nickName", "Casual name, kept as sent."),
            string("profileUrl", "URI of the user's online profile, kept as sent.").ofType("reference"),
            string("title", "Job title."),
            string("userType", "Kind of employment, such as Employee or Contractor; kept as sent."),
            string("preferredLanguage", "Preferred language (RFC 7231 Accept-Language), kept as sent; Mentorat "
                    + "writes in its first of fr, en or ar (another language keeps the current one)."),
            string("locale", "Locale for formatting (such as en-US), kept as sent; read like preferredLanguage "
                    + "when that is absent."),
            string("timezone", "IANA time zone, such as Europe/Paris."),
            bool("active", "false makes the user a leaver (their profile is deactivated); true again brings them "
                    + "back."),
            ignored("password"),
            multiValued("emails", "Email addresses, kept as sent; Mentorat writes to the primary one, else the "
                    + "work one, else the first.", "work", "home", "other"),
            multiValued("phoneNumbers", "Phone numbers, kept as sent.", "work", "home", "mobile", "fax", "pager",
                    "other"),
            multiValued("ims", "Instant messaging addresses, kept as sent."),
            multiValued("photos", "URIs of photos, kept as sent.", "photo", "thumbnail"),
            complex("addresses", "Physical addresses, kept as sent.",
                    string("formatted", "The full address."),
                    string("streetAddress", "Street and number."),
                    string("locality", "City."),
                    string("region", "State or region."),
                    string("postalCode", "Postal code."),
                    string("country", "ISO 3166-1 alpha-2 country code."),
                    string("type", "Kind of address.").canonical("work", "home", "other"),
                    bool("primary", "Whether this is the primary address.")).asMultiValued(),
            ignored("groups").readOnly(),
            multiValued("entitlements", "Entitlements, kept as sent."),
            multiValued("roles", "Roles, kept as sent."),
            multiValued("x509Certificates", "Certificates, kept as sent."));

    static final List<Attribute> ENTERPRISE = List.of(
            string("employeeNumber", "Employee number; optional, unique per tenant. Without one the user is "
                    + "keyed by externalId, else userName, and has no place in the org chart.").asCaseExact()
                    .uniqueOnServer(),
            string("costCenter", "Cost center, kept as sent."),
            string("organization", "Organization, kept as sent."),
            string("division", "Division, kept as sent."),
            string("department", "Department."),
            complex("manager", "The user's manager.",
                    string("value", "The manager's employee number (a Mentorat user id is accepted "
                            + "and translated when the manager has an employee number).").asCaseExact(),
                    string("$ref", "URI of the manager's User, kept as sent.").ofType("reference"),
                    ignored("displayName").readOnly()));

    static final Map<String, String> NAMES = Map.of(Scim.USER, "User", Scim.ENTERPRISE_USER, "EnterpriseUser");

    private UserSchema() {
    }

    /**
     * Where an attribute lives: {@code extension} is null for core and common attributes
     * (members of the resource itself) or the URN of the extension object holding it.
     */
    record Resolved(String extension, Attribute attribute, Attribute subAttribute) {

        JsonNode container(ObjectNode resource) {
            return extension == null ? resource : resource.get(extension);
        }
    }

    /** Finds an attribute path's definition; unqualified extension attributes are accepted too. */
    static Optional<Resolved> resolve(AttributePath path) {
        if (path.attribute() == null) {
            return Optional.empty();
        }
        Stream<Resolved> candidates;
        if (path.schema() == null) {
            candidates = Stream.concat(
                    Stream.concat(COMMON.stream(), CORE.stream()).map(a -> new Resolved(null, a, null)),
                    ENTERPRISE.stream().map(a -> new Resolved(Scim.ENTERPRISE_USER, a, null)));
        } else if (path.schema().equalsIgnoreCase(Scim.USER)) {
            candidates = Stream.concat(COMMON.stream(), CORE.stream()).map(a -> new Resolved(null, a, null));
        } else if (path.schema().equalsIgnoreCase(Scim.ENTERPRISE_USER)) {
            candidates = ENTERPRISE.stream().map(a -> new Resolved(Scim.ENTERPRISE_USER, a, null));
        } else {
            return Optional.empty();
        }
        return candidates.filter(r -> r.attribute().name().equalsIgnoreCase(path.attribute())).findFirst()
                .flatMap(r -> withSub(r, path.subAttribute()));
    }

    private static Optional<Resolved> withSub(Resolved resolved, String subName) {
        Attribute attribute = resolved.attribute();
        if (subName == null) {
            return Optional.of(resolved);
        }
        if (!attribute.supported()) {
            return Optional.of(new Resolved(resolved.extension(), attribute, Attribute.ignored(subName)));
        }
        return attribute.sub(subName).map(sub -> new Resolved(resolved.extension(), attribute, sub));
    }

    static boolean isExtension(String name) {
        return Scim.ENTERPRISE_USER.equalsIgnoreCase(name);
    }

    /** The same resource with canonical attribute names; unknown members are kept as they are. */
    static ObjectNode canonical(JsonNode resource) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : resource.properties()) {
            String key = member.getKey();
            JsonNode value = member.getValue();
            if (key.equalsIgnoreCase("schemas")) {
                result.set("schemas", value);
            } else if (isExtension(key)) {
                result.set(Scim.ENTERPRISE_USER, value.isObject() ? members(value, ENTERPRISE) : value);
            } else {
                Optional<Attribute> known = find(Stream.concat(COMMON.stream(), CORE.stream()).toList(), key);
                result.set(known.map(Attribute::name).orElse(key),
                        known.map(attribute -> canonicalValue(attribute, value)).orElse(value));
            }
        }
        return result;
    }

    static JsonNode canonicalValue(Attribute attribute, JsonNode value) {
        if (!attribute.isComplex()) {
            return value;
        }
        if (value.isObject()) {
            return members(value, attribute.subAttributes());
        }
        if (value.isArray()) {
            ArrayNode values = JsonNodeFactory.instance.arrayNode();
            value.forEach(element -> values.add(element.isObject() ? members(element, attribute.subAttributes())
                    : element));
            return values;
        }
        return value;
    }

    private static ObjectNode members(JsonNode object, List<Attribute> definitions) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            Optional<Attribute> known = find(definitions, member.getKey());
            result.set(known.map(Attribute::name).orElse(member.getKey()),
                    known.map(attribute -> canonicalValue(attribute, member.getValue())).orElse(member.getValue()));
        }
        return result;
    }

    private static Optional<Attribute> find(List<Attribute> definitions, String name) {
        return definitions.stream().filter(attribute -> attribute.name().equalsIgnoreCase(name)).findFirst();
    }
}
