package org.mentorat.profile.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentorat.profile.scim.PatchOperation.Op;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values of a multi-valued attribute selected by a PATCH value filter, such as
 * {@code emails[type eq "work"]}, and what each operation does to them (RFC 7644 §3.5.2).
 */
final class FilteredValues {

    private final ObjectNode container;
    private final Attribute attribute;
    private final Filter filter;

    FilteredValues(ObjectNode container, Attribute attribute, Filter filter) {
        if (!attribute.multiValued() || !attribute.isComplex()) {
            throw ScimError.INVALID_PATH.exception("A value filter applies to a multi-valued attribute, not "
                    + attribute.name() + ".");
        }
        FilterEvaluator.validate(new Filter.ValuePath(new AttributePath(null, attribute.name(), null), filter));
        this.container = container;
        this.attribute = attribute;
        this.filter = filter;
    }

    void apply(Op op, Attribute sub, JsonNode value, PatchPath path) {
        ArrayNode values = container.get(attribute.name()) instanceof ArrayNode existing
                ? existing : JsonNodeFactory.instance.arrayNode();
        List<ObjectNode> matched = new ArrayList<>();
        values.forEach(element -> {
            if (element instanceof ObjectNode object && FilterEvaluator.matchesValue(filter, object, attribute)) {
                matched.add(object);
            }
        });
        if (matched.isEmpty() && (op == Op.ADD || (op == Op.REPLACE && sub != null))) {
            matched.add(newValueFromFilter(path));
            values.add(matched.get(0));
            container.set(attribute.name(), values);
        }
        if (matched.isEmpty()) {
            throw ScimError.NO_TARGET.exception(
                    "No value of " + attribute.name() + " matches the filter in " + path + ".");
        }
        Set<JsonNode> touched = PatchValues.identitySet();
        for (ObjectNode target : matched) {
            touched.add(change(values, target, op, sub, value));
        }
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i).isObject() && values.get(i).isEmpty()) {
                values.remove(i);
            }
        }
        if (values.isEmpty()) {
            container.remove(attribute.name());
        } else {
            PatchValues.keepOnePrimary(values, touched);
        }
    }

    private JsonNode change(ArrayNode values, ObjectNode target, Op op, Attribute sub, JsonNode value) {
        if (op == Op.REMOVE) {
            if (sub == null) {
                target.removeAll();
            } else {
                target.remove(sub.name());
            }
            return target;
        }
        if (sub != null) {
            target.set(sub.name(), value);
            return target;
        }
        JsonNode coerced = PatchValues.coerce(attribute, value);
        if (!coerced.isObject()) {
            throw ScimError.INVALID_VALUE.exception("The value of a filtered " + attribute.name() + " is an object.");
        }
        if (op == Op.ADD) {
            target.setAll((ObjectNode) coerced);
            return target;
        }
        int index = indexOf(values, target);
        values.set(index, coerced);
        return coerced;
    }

    /**
     * An add through a filter that matches nothing creates the value the filter describes; so does
     * a replace of a sub-attribute (RFC 7644 §3.5.2.3: a replace of what does not exist is an add),
     * as Entra ID sends {@code phoneNumbers[type eq "mobile"].value} for a first mobile number.
     */
    private ObjectNode newValueFromFilter(PatchPath path) {
        ObjectNode created = JsonNodeFactory.instance.objectNode();
        if (!seed(filter, created)) {
            throw ScimError.NO_TARGET.exception(
                    "No value of " + attribute.name() + " matches the filter in " + path + ".");
        }
        return created;
    }

    private boolean seed(Filter condition, ObjectNode created) {
        return switch (condition) {
            case Filter.Comparison comparison when comparison.operator() == Filter.Operator.EQ
                    && comparison.path().subAttribute() == null -> {
                created.set(attribute.sub(comparison.path().attribute()).map(Attribute::name)
                        .orElse(comparison.path().attribute()), comparison.value());
                yield true;
            }
            case Filter.And and -> seed(and.left(), created) && seed(and.right(), created);
            default -> false;
        };
    }

    private static int indexOf(ArrayNode values, JsonNode target) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == target) {
                return i;
            }
        }
        throw new IllegalStateException("value vanished during a patch");
    }
}
