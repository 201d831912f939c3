package org.mentorat.profile.scim;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorat.profile.scim.PatchOperation.Op;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2.1–3) to a User as served. The result is then read
 * like a PUT body, so every rule about values is checked in one place.
 *
 * <p>Attributes Mentorat does not keep are accepted and ignored; read-only ones named by a
 * {@code path} are a {@code mutability} error, but are skipped inside a path-less value object,
 * where clients echo them back.
 */
final class PatchApplier {

    private PatchApplier() {
    }

    static ObjectNode apply(ObjectNode user, List<PatchOperation> operations) {
        ObjectNode result = user.deepCopy();
        for (PatchOperation operation : operations) {
            if (operation.path() != null) {
                applyAt(result, operation.op(), operation.path(), operation.value(), false);
            } else if (operation.value().isObject()) {
                applyMembers(result, operation.op(), null, operation.value());
            } else {
                throw ScimError.INVALID_VALUE.exception("Without a path, value is an object of attributes.");
            }
        }
        return result;
    }

    /** Each member of a path-less value names its target, possibly as a path ({@code name.givenName}). */
    private static void applyMembers(ObjectNode user, Op op, String extension, JsonNode members) {
        for (Map.Entry<String, JsonNode> member : members.properties()) {
            String key = member.getKey();
            if (extension == null && key.equalsIgnoreCase("schemas")) {
                continue;
            }
            PatchPath path = FilterParser.parsePath(extension == null ? key : extension + ":" + key);
            applyAt(user, op, path, member.getValue(), true);
        }
    }

    private static void applyAt(ObjectNode user, Op op, PatchPath path, JsonNode value, boolean inValueObject) {
        if (path.attribute() == null) {
            applyToExtension(user, op, path, value);
            return;
        }
        UserSchema.Resolved resolved = UserSchema.resolve(path.attributePath())
                .orElseThrow(() -> ScimError.INVALID_PATH.exception("Unknown attribute " + path));
        Attribute attribute = resolved.attribute();
        Attribute sub = resolved.subAttribute();
        if (attribute.isReadOnly() || (sub != null && sub.isReadOnly())) {
            if (inValueObject) {
                return;
            }
            throw ScimError.MUTABILITY.exception(path + " is read-only.");
        }
        if (!attribute.supported() || (sub != null && !sub.supported())) {
            return;
        }
        ObjectNode container = container(user, resolved.extension(), op != Op.REMOVE);
        if (container == null) {
            return;
        }
        if (path.filter() != null) {
            new FilteredValues(container, attribute, path.filter()).apply(op, sub, value, path);
        } else if (sub != null) {
            applyToSubAttribute(container, attribute, sub, op, value);
        } else {
            applyToAttribute(container, attribute, op, value);
        }
    }

    private static void applyToExtension(ObjectNode user, Op op, PatchPath path, JsonNode value) {
        if (!UserSchema.isExtension(path.schema()) || path.filter() != null) {
            throw ScimError.INVALID_PATH.exception("Unknown attribute " + path);
        }
        if (op == Op.REMOVE) {
            user.remove(Scim.ENTERPRISE_USER);
        } else if (value.isObject()) {
            applyMembers(user, op, Scim.ENTERPRISE_USER, value);
        } else {
            throw ScimError.INVALID_VALUE.exception("The value of " + path.schema() + " is an object.");
        }
    }

    private static void applyToAttribute(ObjectNode container, Attribute attribute, Op op, JsonNode value) {
        String name = attribute.name();
        if (op == Op.REMOVE) {
            if (attribute.multiValued() && value != null && value.isArray()
                    && container.get(name) instanceof ArrayNode values) {
                PatchValues.removeListed(values, value);
            } else {
                container.remove(name);
            }
        } else if (attribute.multiValued()) {
            ArrayNode values = op == Op.REPLACE || !(container.get(name) instanceof ArrayNode existing)
                    ? container.putArray(name) : existing;
            Set<JsonNode> touched = PatchValues.identitySet();
            for (JsonNode element : PatchValues.elements(value)) {
                JsonNode coerced = PatchValues.coerce(attribute, element);
                if (!PatchValues.contains(values, coerced)) {
                    values.add(coerced);
                    touched.add(coerced);
                }
            }
            PatchValues.keepOnePrimary(values, touched);
        } else if (attribute.isComplex()) {
            if (!(PatchValues.coerce(attribute, value) instanceof ObjectNode members)) {
                throw ScimError.INVALID_VALUE.exception("The value of " + name + " is an object.");
            }
            ObjectNode target = container.get(name) instanceof ObjectNode existing ? existing
                    : container.putObject(name);
            target.setAll(members);
        } else {
            container.set(name, value);
        }
    }

    private static void applyToSubAttribute(ObjectNode container, Attribute attribute, Attribute sub, Op op,
            JsonNode value) {
        JsonNode current = container.get(attribute.name());
        if (op == Op.REMOVE) {
            for (JsonNode element : PatchValues.elements(current)) {
                if (element instanceof ObjectNode object) {
                    object.remove(sub.name());
                }
            }
            return;
        }
        if (attribute.multiValued()) {
            ArrayNode values = current instanceof ArrayNode existing && !existing.isEmpty()
                    ? existing : container.putArray(attribute.name()).add(JsonNodeFactory.instance.objectNode());
            values.forEach(element -> ((ObjectNode) element).set(sub.name(), value));
        } else {
            ObjectNode target = current instanceof ObjectNode existing ? existing
                    : container.putObject(attribute.name());
            target.set(sub.name(), value);
        }
    }

    private static ObjectNode container(ObjectNode user, String extension, boolean create) {
        if (extension == null) {
            return user;
        }
        if (user.get(extension) instanceof ObjectNode existing) {
            return existing;
        }
        return create ? user.putObject(extension) : null;
    }
}
