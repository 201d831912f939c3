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
import java.net.URI;
import org.mentorat.platform.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /scim/v2/Users} (RFC 7644 §3.3–3.6): HR_INTEGRATION writes, PROGRAM_ADMIN may read. */
@Tag(name = "SCIM Users", description = "SCIM 2.0 provisioning (RFC 7643, RFC 7644) for identity providers")
@ApiResponses({
    @ApiResponse(responseCode = "400", description = "invalidSyntax, invalidValue, invalidFilter, invalidPath, noTarget or mutability: the detail names the attribute",
        content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "403", description = "The token lacks HR_INTEGRATION (PROGRAM_ADMIN may only read)",
        content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "404", description = "No such user in the caller's tenant",
        content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "409", description = "uniqueness: userName, externalId or employeeNumber taken",
        content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "412", description = "If-Match names an older version",
        content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "413", description = "The body is too large",
        content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class))),
    @ApiResponse(responseCode = "429", description = "Too many requests; retry after the delay given",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer",
                minimum = "0", maximum = "86400")),
        content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.Error.class)))})
@RestController
@RequestMapping(Scim.BASE_PATH + "/Users")
class ScimUsersController {

    private final ScimUsers users;
    private final UserQueries queries;
    private final JsonMapper json;

    ScimUsersController(ScimUsers users, UserQueries queries, JsonMapper json) {
        this.users = users;
        this.queries = queries;
        this.json = json;
    }

    @Operation(operationId = "scimCreateUser", summary = "Provision a user",
            description = "Creates the person as the identity provider sends them; every attribute is kept as sent. "
                    + "Without an enterprise employeeNumber the person is keyed by externalId, else userName. "
                    + "A user deleted earlier and sent again is the same person back (a rehire).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The User, as Okta or Entra ID send it",
            content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.User.class))))
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.User.class)))
    @PostMapping
    ResponseEntity<JsonNode> create(@RequestBody(required = false) byte[] body,
            @Parameter(description = "Attributes to return, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String attributes,
            @Parameter(description = "Attributes to leave out, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String excludedAttributes, Caller caller, HttpServletRequest request) {
        StoredUser user = users.create(caller.tenantId(), resource(body, request));
        String location = UserResource.location(ScimHttp.baseUrl(request), user.person().id());
        return ScimHttp.respond(request, HttpStatus.CREATED).location(URI.create(location)).eTag(user.etag())
                .body(render(user, request, Projection.of(attributes, excludedAttributes)));
    }

    @Operation(operationId = "scimGetUser", summary = "Read a user",
            description = "The User as last sent, corrected where Mentorat changed the profile since; "
                    + "If-None-Match with the current version answers 304.")
    @ApiResponse(responseCode = "200", description = "The user", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(implementation = ScimApiDocs.User.class)))
    @ApiResponse(responseCode = "304", description = "Not modified")
    @GetMapping("/{id}")
    ResponseEntity<JsonNode> get(@Parameter(schema = @Schema(format = "uuid", maxLength = 36)) @PathVariable String id,
            @Parameter(description = "Attributes to return, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String attributes,
            @Parameter(description = "Attributes to leave out, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String excludedAttributes,
            @Parameter(schema = @Schema(maxLength = 40)) @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
            String ifNoneMatch,
            Caller caller, HttpServletRequest request) {
        StoredUser user = users.get(caller.tenantId(), id);
        if (ifNoneMatch != null && IfMatch.of(ifNoneMatch).matches(user.person())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(user.etag()).build();
        }
        return ok(user, request, Projection.of(attributes, excludedAttributes));
    }

    @Operation(operationId = "scimListUsers", summary = "List or find users",
            description = "A ListResponse, 1-based pages. A filter must hold an eq on id, userName, externalId or "
                    + "employeeNumber (alone, and-ed, or in every branch of an or); userName compares case-insensitively.")
    @ApiResponse(responseCode = "200", description = "The users", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(implementation = ScimApiDocs.ListResponse.class)))
    @GetMapping
    ResponseEntity<JsonNode> list(
            @Parameter(description = "RFC 7644 filter, e.g. userName eq \"a@b.example\"",
                    schema = @Schema(maxLength = 4000)) @RequestParam(required = false) String filter,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) String startIndex,
            @Parameter(schema = @Schema(type = "integer", minimum = "0", maximum = "200", defaultValue = "100"))
            @RequestParam(required = false) String count,
            @Parameter(description = "Attributes to return, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String attributes,
            @Parameter(description = "Attributes to leave out, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String excludedAttributes, Caller caller, HttpServletRequest request) {
        return queries.answer(caller.tenantId(), SearchRequest.of(filter, startIndex, count, attributes,
                excludedAttributes), request);
    }

    /** The query as a POST body (RFC 7644 §3.4.3), so that filters stay out of URLs and logs. */
    @Operation(operationId = "scimSearchUsers", summary = "Find users with a SearchRequest",
            description = "The same query as GET /Users, in the body.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.SearchRequest.class))))
    @ApiResponse(responseCode = "200", description = "The users", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(implementation = ScimApiDocs.ListResponse.class)))
    @PostMapping("/.search")
    ResponseEntity<JsonNode> search(@RequestBody(required = false) byte[] body, Caller caller,
            HttpServletRequest request) {
        return queries.answer(caller.tenantId(), SearchRequest.of(ScimHttp.body(json, body, request)), request);
    }

    @Operation(operationId = "scimReplaceUser", summary = "Replace a user",
            description = "Attributes left out are cleared, except active (kept); active false deactivates the "
                    + "person (a leaver), true again reactivates them. Skills and the like are the person's own and stay.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The whole User",
            content = @Content(mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.User.class))))
    @ApiResponse(responseCode = "200", description = "The user as stored", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(implementation = ScimApiDocs.User.class)))
    @PutMapping("/{id}")
    ResponseEntity<JsonNode> replace(@Parameter(schema = @Schema(format = "uuid", maxLength = 36)) @PathVariable String id,
            @RequestBody(required = false) byte[] body,
            @Parameter(schema = @Schema(maxLength = 40)) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch,
            @Parameter(description = "Attributes to return, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String attributes,
            @Parameter(description = "Attributes to leave out, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String excludedAttributes, Caller caller, HttpServletRequest request) {
        StoredUser user = users.replace(caller.tenantId(), id, resource(body, request), IfMatch.of(ifMatch));
        return ok(user, request, Projection.of(attributes, excludedAttributes));
    }

    @Operation(operationId = "scimPatchUser", summary = "Change a user",
            description = "PatchOp add / remove / replace, with or without path (filters such as "
                    + "emails[type eq \"work\"].value), as Okta and Entra ID send them; active may be \"True\"/\"False\".",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = ScimApiDocs.SCIM_JSON, schema = @Schema(implementation = ScimApiDocs.PatchOp.class))))
    @ApiResponse(responseCode = "200", description = "The user as stored", content = @Content(mediaType = ScimApiDocs.SCIM_JSON,
            schema = @Schema(implementation = ScimApiDocs.User.class)))
    @PatchMapping("/{id}")
    ResponseEntity<JsonNode> patch(@Parameter(schema = @Schema(format = "uuid", maxLength = 36)) @PathVariable String id,
            @RequestBody(required = false) byte[] body,
            @Parameter(schema = @Schema(maxLength = 40)) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch,
            @Parameter(description = "Attributes to return, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String attributes,
            @Parameter(description = "Attributes to leave out, comma-separated", schema = @Schema(maxLength = 2000)) @RequestParam(required = false) String excludedAttributes, Caller caller, HttpServletRequest request) {
        StoredUser user = users.patch(caller.tenantId(), id,
                PatchOperation.parseRequest(ScimHttp.body(json, body, request)), IfMatch.of(ifMatch));
        return ok(user, request, Projection.of(attributes, excludedAttributes));
    }

    @Operation(operationId = "scimDeleteUser", summary = "Deprovision a user",
            description = "The person is deactivated (ProfileDeactivated, reason DELETED) and hidden; their data "
                    + "stays until erased, and the same user sent again later is a rehire.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@Parameter(schema = @Schema(format = "uuid", maxLength = 36)) @PathVariable String id,
            @Parameter(schema = @Schema(maxLength = 40)) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, Caller caller) {
        users.delete(caller.tenantId(), id, IfMatch.of(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private tools.jackson.databind.node.ObjectNode resource(byte[] body, HttpServletRequest request) {
        JsonNode resource = ScimHttp.body(json, body, request);
        if (!resource.isObject()) {
            throw ScimError.INVALID_SYNTAX.exception("A User is a JSON object.");
        }
        return UserSchema.canonical(resource);
    }

    private static ResponseEntity<JsonNode> ok(StoredUser user, HttpServletRequest request, Projection projection) {
        return ScimHttp.respond(request, HttpStatus.OK).eTag(user.etag()).body(render(user, request, projection));
    }

    private static JsonNode render(StoredUser user, HttpServletRequest request, Projection projection) {
        return projection.apply(UserResource.of(user, ScimHttp.baseUrl(request)));
    }
}
