package org.mentorat.profile.scim;

import java.util.Map;
import java.util.Optional;
import org.mentorat.profile.people.DirectoryRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A User's attributes exactly as the identity provider sent them (RFC 7643 §4.1 and §4.3), kept
 * beside the profile so that a GET returns what was written: every attribute of the schemas that
 * a client may write, with canonical names, values untouched. Left out: what the server assigns
 * ({@code id}, {@code meta}, {@code schemas}), what is never returned ({@code password}),
 * read-only {@code groups} and members no schema defines.
 *
 * <p>Bounded, as the OpenAPI document says: a string at most {@value #MAX_STRING} characters, a
 * multi-valued attribute at most {@value #MAX_VALUES} values, the whole at most
 * {@value #MAX_CHARS} characters of JSON.
 */
final class SentUser {

    static final int MAX_STRING = 2048;
    static final int MAX_VALUES = 20;
    static final int MAX_CHARS = 32_768;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SentUser() {
    }

    /** The record to keep of a (canonical) User resource; {@code invalidValue} past the bounds. */
    static DirectoryRecord record(ObjectNode user) {
        ObjectNode kept = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> member : user.properties()) {
            if (UserSchema.isExtension(member.getKey())) {
                if (member.getValue() instanceof ObjectNode extension) {
                    kept.set(Scim.ENTERPRISE_USER, writable(extension, Scim.ENTERPRISE_USER));
                }
            } else {
                writable(new AttributePath(null, member.getKey(), null)).ifPresent(attribute ->
                        kept.set(member.getKey(), checkedShape(attribute, member.getValue())));
            }
        }
        checkBounds(kept, "User");
        String json = JSON.writeValueAsString(kept);
        if (json.length() > MAX_CHARS) {
            throw ScimError.INVALID_VALUE.exception("A User holds at most " + MAX_CHARS + " characters of attributes.");
        }
        return new DirectoryRecord(json);
    }

    /** The attributes as sent; empty if the record cannot be read (never written by this class). */
    static Optional<ObjectNode> attributes(DirectoryRecord record) {
        try {
            return JSON.readTree(record.json()) instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }

    private static ObjectNode writable(ObjectNode extension, String schema) {
        ObjectNode kept = JSON.createObjectNode();
        extension.properties().forEach(member -> writable(new AttributePath(schema, member.getKey(), null))
                .ifPresent(attribute -> kept.set(member.getKey(), checkedShape(attribute, member.getValue()))));
        return kept;
    }

    private static Optional<Attribute> writable(AttributePath path) {
        return UserSchema.resolve(path).map(UserSchema.Resolved::attribute)
                .filter(attribute -> attribute.supported() && !attribute.isReadOnly());
    }

    /** A value of the attribute's JSON shape (booleans may be the strings Entra ID sends), or null. */
    private static JsonNode checkedShape(Attribute attribute, JsonNode value) {
        if (value.isNull()) {
            return value;
        }
        boolean fits = attribute.multiValued()
                ? value.isArray() && value.valueStream().allMatch(e -> !attribute.isComplex() || e.isObject())
                : attribute.isComplex() ? value.isObject()
                : !"string".equals(attribute.type()) && !"reference".equals(attribute.type()) || value.isString();
        if (!fits) {
            throw ScimError.INVALID_VALUE.exception(attribute.name() + (attribute.multiValued()
                    ? " must be an array" + (attribute.isComplex() ? " of objects." : ".")
                    : attribute.isComplex() ? " must be an object." : " must be a string."));
        }
        return value;
    }

    private static void checkBounds(JsonNode value, String path) {
        if (value.isString() && value.asString().length() > MAX_STRING) {
            throw ScimError.INVALID_VALUE.exception(path + " is longer than " + MAX_STRING + " characters.");
        }
        if (value.isArray() && value.size() > MAX_VALUES) {
            throw ScimError.INVALID_VALUE.exception(path + " has more than " + MAX_VALUES + " values.");
        }
        if (value.isObject()) {
            value.properties().forEach(member -> checkBounds(member.getValue(),
                    path.equals("User") ? member.getKey() : path + "." + member.getKey()));
        } else if (value.isArray()) {
            value.forEach(element -> checkBounds(element, path));
        }
    }
}
