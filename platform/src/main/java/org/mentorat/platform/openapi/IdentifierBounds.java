package org.mentorat.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mentorat.platform.web.Identifiers;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Ids are at most {@link Identifiers#MAX_LENGTH} characters, said once for every service:
 * <ul>
 * <li>on every string path parameter without a bound of its own, as the platform enforces it
 *     ({@code PathVariableBounds} answers 400 beyond it);</li>
 * <li>on the {@code id} and {@code …Id} properties of schemas that only answers use: ids the
 *     service minted or stored after checking them. Schemas a request uses get no default: their
 *     bounds are their own {@code @Size}, which the service enforces.</li>
 * </ul>
 */
final class IdentifierBounds implements OpenApiCustomizer {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Set<String> requestSchemas = new HashSet<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> {
                    boundPathParameter(parameter);
                    collectRefs(parameter.getSchema(), requestSchemas);
                });
            }
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent(), requestSchemas);
            }
        }));
        Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> inputs = closure(requestSchemas, schemas);
        schemas.forEach((name, schema) -> {
            if (!inputs.contains(name)) {
                boundIds(schema);
            }
        });
    }

    private static void boundPathParameter(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        if ("path".equals(parameter.getIn()) && schema != null && isString(schema) && schema.getMaxLength() == null
                && schema.getEnum() == null && schema.get$ref() == null) {
            schema.setMaxLength(Identifiers.MAX_LENGTH);
        }
    }

    @SuppressWarnings("unchecked")
    private static void boundIds(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        ((Map<String, Schema<?>>) (Map<String, ?>) schema.getProperties()).forEach((property, value) -> {
            boolean id = property.equals("id") || property.endsWith("Id");
            if (id && isString(value) && value.getMaxLength() == null && value.getEnum() == null) {
                value.setMaxLength(Identifiers.MAX_LENGTH);
            }
        });
    }

    /** Every schema reachable from the ones a request names. */
    private static Set<String> closure(Set<String> roots, Map<String, Schema> schemas) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name) && schemas.containsKey(name)) {
                Set<String> next = new HashSet<>();
                collectRefs(schemas.get(name), next);
                pending.addAll(next);
            }
        }
        return reached;
    }

    private static void contentSchemas(Content content, Set<String> refs) {
        if (content != null) {
            content.values().forEach(media -> collectRefs(media.getSchema(), refs));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void collectRefs(Schema schema, Set<String> refs) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(REF_PREFIX)) {
            refs.add(schema.get$ref().substring(REF_PREFIX.length()));
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(child -> collectRefs(child, refs));
        }
        collectRefs(schema.getItems(), refs);
        if (schema.getAdditionalProperties() instanceof Schema child) {
            collectRefs(child, refs);
        }
        for (java.util.List<Schema> group : new java.util.List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (group != null) {
                group.forEach(child -> collectRefs(child, refs));
            }
        }
    }

    static boolean isString(Schema<?> schema) {
        return "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
    }
}
