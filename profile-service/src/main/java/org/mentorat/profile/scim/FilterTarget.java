package org.mentorat.profile.scim;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Where a path points: the attribute, maybe a sub-attribute, and the values found there. */
record FilterTarget(String extension, Attribute attribute, Attribute subAttribute) {

    /** Attributes Mentorat does not keep are never present: any filter on them is valid and false. */
    boolean kept() {
        return attribute.supported() && (subAttribute == null || subAttribute.supported());
    }

    /** What a comparison compares: the sub-attribute, or {@code value} of multi-valued complex ones. */
    Attribute leaf() {
        if (subAttribute != null) {
            return subAttribute;
        }
        if (attribute.isComplex() && attribute.multiValued()) {
            return attribute.sub("value").orElse(attribute);
        }
        return attribute;
    }

    JsonNode raw(JsonNode node) {
        JsonNode container = extension == null ? node : node.get(extension);
        return container == null ? null : container.get(attribute.name());
    }

    List<JsonNode> values(JsonNode node) {
        JsonNode raw = raw(node);
        List<JsonNode> values = new ArrayList<>();
        String leafName = subAttribute != null ? subAttribute.name()
                : attribute.isComplex() && attribute.multiValued() ? "value" : null;
        for (JsonNode value : raw == null ? List.<JsonNode>of() : raw.isArray() ? raw.valueStream().toList()
                : List.of(raw)) {
            JsonNode leafValue = leafName == null ? value : value.get(leafName);
            if (leafValue != null) {
                values.add(leafValue);
            }
        }
        return values;
    }
}
