package org.mentorat.profile.scim;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discovery (RFC 7644 §4): what this service provider supports, its resource types and schemas.
 * A filter on these endpoints is refused with 403, as §4 asks, so that no client believes it
 * was applied.
 */
@Tag(name = "SCIM discovery", description = "What this SCIM service provider supports (RFC 7644 §4)")
@ApiResponses({
    @ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(
            mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "403", description = "A filter was given (RFC 7644 §4), or the token lacks the role",
            content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "404", description = "No such resource type or schema", content = @Content(
            mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "429", description = "Too many requests; retry after the delay given",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer",
                    minimum = "0", maximum = "86400")),
            content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class)))})
@RestController
@RequestMapping(Scim.BASE_PATH)
class ScimDiscoveryController {

    @Operation(operationId = "scimServiceProviderConfig", summary = "What the service provider supports", description = "PATCH and ETags yes; bulk, sort, password changes no; filters as GET /Users describes.")
    @ApiResponse(responseCode = "200", description = "ServiceProviderConfig", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(type = "object")))
    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<JsonNode> serviceProviderConfig(@Parameter(description = "Refused with 403", schema = @Schema(maxLength = 4000)) @RequestParam(required = false) String filter,
            HttpServletRequest request) {
        refuseFilter(filter);
        return ScimHttp.respond(request, HttpStatus.OK)
                .body(Discovery.serviceProviderConfig(ScimHttp.baseUrl(request)));
    }

    @Operation(operationId = "scimResourceTypes", summary = "The resource types served", description = "User only, with the optional enterprise extension.")
    @ApiResponse(responseCode = "200", description = "A ListResponse of ResourceType", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(type = "object")))
    @GetMapping("/ResourceTypes")
    ResponseEntity<JsonNode> resourceTypes(@Parameter(description = "Refused with 403", schema = @Schema(maxLength = 4000)) @RequestParam(required = false) String filter, HttpServletRequest request) {
        refuseFilter(filter);
        return list(List.of(Discovery.userResourceType(ScimHttp.baseUrl(request))), request);
    }

    @Operation(operationId = "scimResourceType", summary = "One resource type", description = "User; anything else is 404.")
    @ApiResponse(responseCode = "200", description = "The ResourceType", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(type = "object")))
    @GetMapping("/ResourceTypes/{name}")
    ResponseEntity<JsonNode> resourceType(@Parameter(schema = @Schema(maxLength = 100)) @PathVariable String name, HttpServletRequest request) {
        if (!name.equals("User")) {
            throw ScimError.NOT_FOUND.exception("Resource type " + name + " not found; Mentorat serves User.");
        }
        return ScimHttp.respond(request, HttpStatus.OK).body(Discovery.userResourceType(ScimHttp.baseUrl(request)));
    }

    @Operation(operationId = "scimSchemas", summary = "The schemas served", description = "The core User and enterprise User schemas, listing the attributes kept.")
    @ApiResponse(responseCode = "200", description = "A ListResponse of Schema", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(type = "object")))
    @GetMapping("/Schemas")
    ResponseEntity<JsonNode> schemas(@Parameter(description = "Refused with 403", schema = @Schema(maxLength = 4000)) @RequestParam(required = false) String filter, HttpServletRequest request) {
        refuseFilter(filter);
        String baseUrl = ScimHttp.baseUrl(request);
        return list(UserSchema.NAMES.keySet().stream().sorted().map(id -> Discovery.schema(id, baseUrl)).toList(),
                request);
    }

    @Operation(operationId = "scimSchema", summary = "One schema", description = "By URN, compared case-insensitively.")
    @ApiResponse(responseCode = "200", description = "The Schema", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(type = "object")))
    @GetMapping("/Schemas/{id}")
    ResponseEntity<JsonNode> schema(@Parameter(schema = @Schema(maxLength = 200)) @PathVariable String id, HttpServletRequest request) {
        String known = UserSchema.NAMES.keySet().stream().filter(urn -> urn.equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> ScimError.NOT_FOUND.exception("Schema " + id + " not found."));
        return ScimHttp.respond(request, HttpStatus.OK).body(Discovery.schema(known, ScimHttp.baseUrl(request)));
    }

    private static ResponseEntity<JsonNode> list(List<ObjectNode> resources, HttpServletRequest request) {
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        list.putArray("schemas").add(Scim.LIST_RESPONSE);
        list.put("totalResults", resources.size()).put("startIndex", 1).put("itemsPerPage", resources.size());
        ArrayNode array = list.putArray("Resources");
        resources.forEach(array::add);
        return ScimHttp.respond(request, HttpStatus.OK).body(list);
    }

    private static void refuseFilter(String filter) {
        if (filter != null) {
            throw ScimError.FORBIDDEN.exception("Discovery endpoints are not filtered (RFC 7644 §4).");
        }
    }
}
