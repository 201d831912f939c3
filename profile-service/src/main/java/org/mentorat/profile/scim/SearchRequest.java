package org.mentorat.profile.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A query over Users (RFC 7644 §3.4.2–3.4.3), from URL parameters or a SearchRequest body.
 * {@code startIndex} below 1 counts as 1, {@code count} below 0 as 0 and above the maximum as
 * the maximum (§3.4.2.4); sorting is not offered, so {@code sortBy} is ignored.
 */
record SearchRequest(Filter filter, int startIndex, int count, Projection projection) {

    static SearchRequest of(String filter, String startIndex, String count, String attributes, String excluded) {
        return new SearchRequest(filter(filter), startIndex(parse(startIndex, "startIndex")),
                count(parse(count, "count")), Projection.of(attributes, excluded));
    }

    static SearchRequest of(JsonNode body) {
        if (!body.isObject() || member(body, "schemas") == null || member(body, "schemas").valueStream()
                .noneMatch(schema -> Scim.SEARCH_REQUEST.equalsIgnoreCase(schema.asString("")))) {
            throw ScimError.INVALID_SYNTAX.exception("A search is a SearchRequest object whose schemas list "
                    + Scim.SEARCH_REQUEST + ".");
        }
        JsonNode filter = member(body, "filter");
        if (filter != null && !filter.isString() && !filter.isNull()) {
            throw ScimError.INVALID_FILTER.exception("filter is a string.");
        }
        return new SearchRequest(filter(filter == null ? null : filter.asString(null)),
                startIndex(integer(member(body, "startIndex"), "startIndex")),
                count(integer(member(body, "count"), "count")),
                Projection.of(strings(member(body, "attributes")), strings(member(body, "excludedAttributes"))));
    }

    private static Filter filter(String text) {
        return text == null || text.isBlank() ? null : FilterParser.parse(text);
    }

    private static int startIndex(Long value) {
        return value == null ? 1 : (int) Math.min(Integer.MAX_VALUE, Math.max(1, value));
    }

    private static int count(Long value) {
        return value == null ? Scim.DEFAULT_COUNT : (int) Math.min(Scim.MAX_RESULTS, Math.max(0, value));
    }

    private static Long parse(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ScimError.INVALID_VALUE.exception(name + " must be an integer.");
        }
    }

    private static Long integer(JsonNode value, String name) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ScimError.INVALID_VALUE.exception(name + " must be an integer.");
        }
        return value.longValue();
    }

    private static List<String> strings(JsonNode value) {
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (value.isString()) {
            result.add(value.asString());
            return result;
        }
        if (!value.isArray()) {
            throw ScimError.INVALID_VALUE.exception("attributes and excludedAttributes are arrays of strings.");
        }
        value.forEach(item -> result.add(item.asString()));
        return result;
    }

    private static JsonNode member(JsonNode object, String name) {
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (member.getKey().equalsIgnoreCase(name)) {
                return member.getValue();
            }
        }
        return null;
    }
}
