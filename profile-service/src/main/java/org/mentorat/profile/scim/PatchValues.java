package org.mentorat.profile.scim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Value-level rules a PATCH follows whatever its target (RFC 7644 §3.5.2, RFC 7643 §2.4). */
final class PatchValues {

    private PatchValues() {
    }

    /** A complex attribute given a bare value ({@code "manager": "E-2"}, as Entra ID sends it). */
    static JsonNode coerce(Attribute attribute, JsonNode value) {
        if (attribute.isComplex() && value.isValueNode() && !value.isNull() && attribute.sub("value").isPresent()) {
            return JsonNodeFactory.instance.objectNode().set("value", value);
        }
        return UserSchema.canonicalValue(attribute, value);
    }

    /** A value whose {@code primary} became true makes every other value non-primary. */
    static void keepOnePrimary(ArrayNode values, Set<JsonNode> touched) {
        boolean newPrimary = touched.stream().anyMatch(value -> value.path("primary").asBoolean(false));
        if (newPrimary) {
            values.forEach(value -> {
                if (!touched.contains(value) && value instanceof ObjectNode object && object.has("primary")) {
                    object.put("primary", false);
                }
            });
        }
    }

    /** The values touched by an operation, by identity: equal values elsewhere are other values. */
    static Set<JsonNode> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** An array's elements, or a single value as a list of one, or nothing. */
    static List<JsonNode> elements(JsonNode value) {
        List<JsonNode> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        if (value.isArray()) {
            value.forEach(elements::add);
        } else {
            elements.add(value);
        }
        return elements;
    }

    static boolean contains(ArrayNode values, JsonNode candidate) {
        return values.valueStream().anyMatch(candidate::equals);
    }

    /** Removes the values listed (equal, or with the same {@code value}), as a remove with a value does. */
    static void removeListed(ArrayNode values, JsonNode listed) {
        for (int i = values.size() - 1; i >= 0; i--) {
            JsonNode element = values.get(i);
            boolean drop = listed.valueStream().anyMatch(item -> item.equals(element)
                    || (item.has("value") && item.get("value").equals(element.get("value"))));
            if (drop) {
                values.remove(i);
            }
        }
    }
}
