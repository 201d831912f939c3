package org.mentorat.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Bounds that follow from a value's format rather than from a rule of the service: a
 * {@code date-time} is at most 35 characters ({@code 2025-03-30T01:59:59.999999999+05:30}), an
 * {@code int32} lies in Java's {@code int} range. Filled in only where the schema has no tighter
 * bound (from Bean Validation on the request records), so the linter's "every string and integer
 * is bounded" holds without a second, hand-written source of limits. Free text and arrays get no
 * default: their bounds are the service's own rules (@Size).
 */
final class FormatBounds implements OpenApiCustomizer {

    /** Longest text of each string format, as the services write and parse it. */
    static final Map<String, Integer> MAX_LENGTH = Map.of(
            "date-time", 35,
            "date", 10,
            "time", 18,
            "partial-time", 18,
            "uuid", 36,
            "email", 254,
            "uri", 2048,
            "uri-reference", 2048);

    @Override
    public void customise(OpenAPI api) {
        List<Schema<?>> roots = new ArrayList<>();
        if (api.getComponents() != null) {
            addAll(roots, api.getComponents().getSchemas() == null ? null : api.getComponents().getSchemas().values());
            if (api.getComponents().getHeaders() != null) {
                api.getComponents().getHeaders().values().forEach(header -> add(roots, header.getSchema()));
            }
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> add(roots, parameter.getSchema()));
                }
                if (operation.getRequestBody() != null) {
                    addContent(roots, operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> {
                        addContent(roots, response.getContent());
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(header -> add(roots, header.getSchema()));
                        }
                    });
                }
            }));
        }
        Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        roots.forEach(schema -> bound(schema, seen));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void bound(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (isA(schema, "string") && schema.getMaxLength() == null && schema.getEnum() == null
                && schema.getFormat() != null && MAX_LENGTH.containsKey(schema.getFormat())) {
            schema.setMaxLength(MAX_LENGTH.get(schema.getFormat()));
        }
        if (isA(schema, "integer")) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(child -> bound(child, seen));
        }
        bound(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema child) {
            bound(child, seen);
        }
        for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (group != null) {
                group.forEach(child -> bound(child, seen));
            }
        }
    }

    /** OpenAPI 3.1 schemas name their type in {@code types} ({@code ["string", "null"]}); 3.0 ones in {@code type}. */
    private static boolean isA(Schema<?> schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    private static void addContent(List<Schema<?>> roots, Content content) {
        if (content != null) {
            content.values().forEach(media -> add(roots, media.getSchema()));
        }
    }

    private static void addAll(List<Schema<?>> roots, Collection<Schema> schemas) {
        if (schemas != null) {
            schemas.forEach(schema -> add(roots, schema));
        }
    }

    private static void add(List<Schema<?>> roots, Schema<?> schema) {
        if (schema != null) {
            roots.add(schema);
        }
    }
}
