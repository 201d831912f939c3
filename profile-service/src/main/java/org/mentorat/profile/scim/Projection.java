package org.mentorat.profile.scim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code attributes} and {@code excludedAttributes} parameters (RFC 7644 §3.4.2.5, §3.9):
 * the first narrows a User to the attributes named (plus {@code id} and {@code schemas}, always
 * returned), the second removes the named ones. {@code attributes} wins if both are given.
 */
record Projection(List<UserSchema.Resolved> attributes, List<UserSchema.Resolved> excluded) {

    static final Projection NONE = new Projection(List.of(), List.of());

    static Projection of(String attributes, String excludedAttributes) {
        return of(split(attributes), split(excludedAttributes));
    }

    static Projection of(List<String> attributes, List<String> excludedAttributes) {
        return new Projection(resolve(attributes), resolve(excludedAttributes));
    }

    ObjectNode apply(ObjectNode user) {
        if (!attributes.isEmpty()) {
            return only(user);
        }
        ObjectNode result = user.deepCopy();
        for (UserSchema.Resolved path : excluded) {
            if (path.attribute().name().equals("id") || !(path.container(result) instanceof ObjectNode container)) {
                continue;
            }
            if (path.subAttribute() == null) {
                container.remove(path.attribute().name());
            } else {
                forEachValue(container.get(path.attribute().name()), value -> value.remove(path.subAttribute().name()));
            }
        }
        return result;
    }

    private ObjectNode only(ObjectNode user) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("schemas", user.get("schemas"));
        result.set("id", user.get("id"));
        for (UserSchema.Resolved path : attributes) {
            JsonNode source = path.container(user);
            JsonNode value = source == null ? null : source.get(path.attribute().name());
            if (value == null) {
                continue;
            }
            ObjectNode target = path.extension() == null ? result
                    : result.get(path.extension()) instanceof ObjectNode existing ? existing
                    : result.putObject(path.extension());
            if (path.subAttribute() == null) {
                target.set(path.attribute().name(), value);
            } else {
                target.set(path.attribute().name(), subAttribute(value, path.subAttribute().name(),
                        target.get(path.attribute().name())));
            }
        }
        return result;
    }

    /** Copies one sub-attribute of a complex value, merged into what earlier paths copied. */
    private static JsonNode subAttribute(JsonNode value, String sub, JsonNode already) {
        if (value.isArray()) {
            ArrayNode values = already instanceof ArrayNode existing ? existing : JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                ObjectNode element = i < values.size() ? (ObjectNode) values.get(i) : values.addObject();
                if (value.get(i).has(sub)) {
                    element.set(sub, value.get(i).get(sub));
                }
            }
            return values;
        }
        ObjectNode object = already instanceof ObjectNode existing ? existing : JsonNodeFactory.instance.objectNode();
        if (value.has(sub)) {
            object.set(sub, value.get(sub));
        }
        return object;
    }

    private static void forEachValue(JsonNode value, java.util.function.Consumer<ObjectNode> action) {
        if (value instanceof ObjectNode object) {
            action.accept(object);
        } else if (value instanceof ArrayNode array) {
            array.forEach(element -> {
                if (element instanceof ObjectNode object) {
                    action.accept(object);
                }
            });
        }
    }

    private static List<UserSchema.Resolved> resolve(List<String> paths) {
        List<UserSchema.Resolved> resolved = new ArrayList<>();
        for (String path : paths) {
            AttributePath parsed = AttributePath.parse(path)
                    .orElseThrow(() -> ScimError.INVALID_VALUE.exception("Not an attribute path: " + path));
            if (parsed.attribute() == null && UserSchema.isExtension(parsed.schema())) {
                UserSchema.ENTERPRISE.forEach(attribute ->
                        resolved.add(new UserSchema.Resolved(Scim.ENTERPRISE_USER, attribute, null)));
            }
            UserSchema.resolve(parsed).ifPresent(resolved::add);
        }
        return resolved;
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::trim).filter(path -> !path.isEmpty()).toList();
    }
}
