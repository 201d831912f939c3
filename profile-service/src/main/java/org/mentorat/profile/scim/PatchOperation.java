package org.mentorat.profile.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a PatchOp message (RFC 7644 §3.5.2). Member names and {@code op} values are
 * read case-insensitively: Entra ID sends {@code "Replace"} and {@code "Add"}.
 */
record PatchOperation(Op op, PatchPath path, JsonNode value) {

    enum Op { ADD, REMOVE, REPLACE }

    /** Reads a PatchOp request body; a structure that is not one is {@code invalidSyntax}. */
    static List<PatchOperation> parseRequest(JsonNode body) {
        if (!body.isObject()) {
            throw ScimError.INVALID_SYNTAX.exception("A PATCH body is a PatchOp object.");
        }
        JsonNode schemas = member(body, "schemas");
        if (schemas == null || !schemas.isArray() || schemas.valueStream()
                .noneMatch(schema -> Scim.PATCH_OP.equalsIgnoreCase(schema.asString("")))) {
            throw ScimError.INVALID_SYNTAX.exception("schemas must list " + Scim.PATCH_OP + ".");
        }
        JsonNode operations = member(body, "Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimError.INVALID_SYNTAX.exception("Operations must be a non-empty array.");
        }
        List<PatchOperation> parsed = new ArrayList<>();
        for (JsonNode operation : operations) {
            parsed.add(parse(operation));
        }
        return parsed;
    }

    private static PatchOperation parse(JsonNode operation) {
        if (!operation.isObject()) {
            throw ScimError.INVALID_SYNTAX.exception("Each operation is an object with op, path and value.");
        }
        JsonNode opNode = member(operation, "op");
        Op op;
        try {
            op = Op.valueOf(opNode == null || !opNode.isString() ? "" : opNode.asString().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ScimError.INVALID_SYNTAX.exception("op must be add, remove or replace, not " + opNode);
        }
        JsonNode pathNode = member(operation, "path");
        PatchPath path = null;
        if (pathNode != null && !pathNode.isNull()) {
            if (!pathNode.isString() || pathNode.asString().isBlank()) {
                throw ScimError.INVALID_PATH.exception("path must be a non-empty string.");
            }
            path = FilterParser.parsePath(pathNode.asString().trim());
        }
        JsonNode value = member(operation, "value");
        if (op == Op.REMOVE && path == null) {
            throw ScimError.NO_TARGET.exception("A remove operation needs a path.");
        }
        if (op != Op.REMOVE && (value == null || value.isNull())) {
            throw ScimError.INVALID_VALUE.exception(op.name().toLowerCase(Locale.ROOT) + " needs a value.");
        }
        return new PatchOperation(op, path, value);
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
