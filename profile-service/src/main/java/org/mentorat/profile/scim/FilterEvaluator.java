package org.mentorat.profile.scim;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.mentorat.profile.scim.Filter.Operator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a filter against the schema and evaluates it on a User as served (RFC 7644 §3.4.2.2):
 * strings compare case-insensitively unless the attribute is caseExact, a multi-valued complex
 * attribute without sub-attribute compares its {@code value}s, and booleans allow only eq/ne.
 */
final class FilterEvaluator {

    private FilterEvaluator() {
    }

    /** Rejects unknown attributes and operators the attribute's type does not define. */
    static void validate(Filter filter) {
        validate(filter, null);
    }

    static boolean matches(Filter filter, ObjectNode user) {
        return matches(filter, user, null);
    }

    /** Evaluates the filter of a value path on one value of the multi-valued {@code attribute}. */
    static boolean matchesValue(Filter filter, JsonNode value, Attribute attribute) {
        return matches(filter, value, attribute);
    }

    private static void validate(Filter filter, Attribute parent) {
        switch (filter) {
            case Filter.Comparison comparison -> {
                FilterTarget target = target(comparison.path(), parent);
                if (target.kept()) {
                    validateComparison(comparison, target);
                }
            }
            case Filter.Present present -> target(present.path(), parent);
            case Filter.And and -> {
                validate(and.left(), parent);
                validate(and.right(), parent);
            }
            case Filter.Or or -> {
                validate(or.left(), parent);
                validate(or.right(), parent);
            }
            case Filter.Not not -> validate(not.filter(), parent);
            case Filter.ValuePath valuePath -> {
                FilterTarget target = target(valuePath.path(), parent);
                Attribute attribute = target.attribute();
                if (!target.kept()) {
                    return;
                }
                if (!attribute.isComplex() || !attribute.multiValued()) {
                    throw ScimError.INVALID_FILTER.exception(
                            valuePath.path() + " is not a multi-valued complex attribute");
                }
                validate(valuePath.filter(), attribute);
            }
        }
    }

    private static void validateComparison(Filter.Comparison comparison, FilterTarget target) {
        Attribute leaf = target.leaf();
        JsonNode value = comparison.value();
        Operator operator = comparison.operator();
        if (leaf.isComplex()) {
            throw ScimError.INVALID_FILTER.exception(
                    comparison.path() + " is complex: compare one of its sub-attributes");
        }
        if (value.isNull() && operator != Operator.EQ && operator != Operator.NE) {
            throw ScimError.INVALID_FILTER.exception("null can only be compared with eq or ne");
        }
        if ("boolean".equals(leaf.type())) {
            if (operator != Operator.EQ && operator != Operator.NE) {
                throw ScimError.INVALID_FILTER.exception(operator.name().toLowerCase(Locale.ROOT)
                        + " is not defined for the boolean attribute " + comparison.path());
            }
            if (!value.isBoolean() && !value.isNull()) {
                throw ScimError.INVALID_FILTER.exception(comparison.path() + " is compared with true or false");
            }
        } else if (!value.isString() && !value.isNull()) {
            throw ScimError.INVALID_FILTER.exception(comparison.path() + " is compared with a quoted string");
        } else if ("dateTime".equals(leaf.type()) && value.isString()) {
            instant(value.asString());
        }
    }

    private static boolean matches(Filter filter, JsonNode node, Attribute parent) {
        return switch (filter) {
            case Filter.Comparison comparison -> compare(comparison, target(comparison.path(), parent), node);
            case Filter.Present present -> target(present.path(), parent).values(node).stream()
                    .anyMatch(FilterEvaluator::isPresent);
            case Filter.And and -> matches(and.left(), node, parent) && matches(and.right(), node, parent);
            case Filter.Or or -> matches(or.left(), node, parent) || matches(or.right(), node, parent);
            case Filter.Not not -> !matches(not.filter(), node, parent);
            case Filter.ValuePath valuePath -> {
                FilterTarget target = target(valuePath.path(), parent);
                JsonNode values = target.kept() ? target.raw(node) : null;
                boolean any = false;
                if (values != null && values.isArray()) {
                    for (JsonNode element : values) {
                        any = any || matches(valuePath.filter(), element, target.attribute());
                    }
                }
                yield any;
            }
        };
    }

    private static boolean compare(Filter.Comparison comparison, FilterTarget target, JsonNode node) {
        List<JsonNode> values = target.values(node).stream().filter(FilterEvaluator::isPresent).toList();
        JsonNode expected = comparison.value();
        if (expected.isNull()) {
            return comparison.operator() == Operator.EQ ? values.isEmpty() : !values.isEmpty();
        }
        if (comparison.operator() == Operator.NE) {
            return values.stream().noneMatch(value -> holds(Operator.EQ, target.leaf(), value, expected));
        }
        return values.stream().anyMatch(value -> holds(comparison.operator(), target.leaf(), value, expected));
    }

    private static boolean holds(Operator operator, Attribute leaf, JsonNode actual, JsonNode expected) {
        if ("boolean".equals(leaf.type())) {
            return actual.isBoolean() && actual.booleanValue() == expected.booleanValue();
        }
        if (!actual.isString()) {
            return false;
        }
        if ("dateTime".equals(leaf.type())) {
            return ordered(operator, instant(actual.asString()).compareTo(instant(expected.asString())));
        }
        String left = leaf.caseExact() ? actual.asString() : actual.asString().toLowerCase(Locale.ROOT);
        String right = leaf.caseExact() ? expected.asString() : expected.asString().toLowerCase(Locale.ROOT);
        return switch (operator) {
            case CO -> left.contains(right);
            case SW -> left.startsWith(right);
            case EW -> left.endsWith(right);
            default -> ordered(operator, left.compareTo(right));
        };
    }

    private static boolean ordered(Operator operator, int comparison) {
        return switch (operator) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            default -> false;
        };
    }

    private static boolean isPresent(JsonNode value) {
        return value != null && !value.isNull() && !value.isMissingNode()
                && !(value.isString() && value.asString().isEmpty()) && !(value.isContainer() && value.isEmpty());
    }

    private static OffsetDateTime instant(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ScimError.INVALID_FILTER.exception("Not a dateTime: " + text);
        }
    }

    private static FilterTarget target(AttributePath path, Attribute parent) {
        if (parent == null) {
            UserSchema.Resolved resolved = UserSchema.resolve(path)
                    .orElseThrow(() -> ScimError.INVALID_FILTER.exception("Unknown attribute " + path));
            return new FilterTarget(resolved.extension(), resolved.attribute(), resolved.subAttribute());
        }
        if (path.schema() != null || path.subAttribute() != null) {
            throw ScimError.INVALID_FILTER.exception(
                    "Inside [ ] name a sub-attribute of " + parent.name() + ": " + path);
        }
        Attribute sub = parent.sub(path.attribute()).orElseThrow(() -> ScimError.INVALID_FILTER.exception(
                parent.name() + " has no sub-attribute " + path.attribute()));
        return new FilterTarget(null, sub, null);
    }
}
