package org.mentorat.profile.scim;

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

    @PostMapping
    ResponseEntity<JsonNode> create(@RequestBody(required = false) byte[] body,
            @RequestParam(required = false) String attributes,
            @RequestParam(required = false) String excludedAttributes, Caller caller, HttpServletRequest request) {
        StoredUser user = users.create(caller.tenantId(), resource(body, request));
        String location = UserResource.location(ScimHttp.baseUrl(request), user.person().id());
        return ScimHttp.respond(request, HttpStatus.CREATED).location(URI.create(location)).eTag(user.etag())
                .body(render(user, request, Projection.of(attributes, excludedAttributes)));
    }

    @GetMapping("/{id}")
    ResponseEntity<JsonNode> get(@PathVariable String id, @RequestParam(required = false) String attributes,
            @RequestParam(required = false) String excludedAttributes,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            Caller caller, HttpServletRequest request) {
        StoredUser user = users.get(caller.tenantId(), id);
        if (ifNoneMatch != null && IfMatch.of(ifNoneMatch).matches(user.person())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(user.etag()).build();
        }
        return ok(user, request, Projection.of(attributes, excludedAttributes));
    }

    @GetMapping
    ResponseEntity<JsonNode> list(@RequestParam(required = false) String filter,
            @RequestParam(required = false) String startIndex, @RequestParam(required = false) String count,
            @RequestParam(required = false) String attributes,
            @RequestParam(required = false) String excludedAttributes, Caller caller, HttpServletRequest request) {
        return queries.answer(caller.tenantId(), SearchRequest.of(filter, startIndex, count, attributes,
                excludedAttributes), request);
    }

    /** The query as a POST body (RFC 7644 §3.4.3), so that filters stay out of URLs and logs. */
    @PostMapping("/.search")
    ResponseEntity<JsonNode> search(@RequestBody(required = false) byte[] body, Caller caller,
            HttpServletRequest request) {
        return queries.answer(caller.tenantId(), SearchRequest.of(ScimHttp.body(json, body, request)), request);
    }

    @PutMapping("/{id}")
    ResponseEntity<JsonNode> replace(@PathVariable String id, @RequestBody(required = false) byte[] body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String attributes,
            @RequestParam(required = false) String excludedAttributes, Caller caller, HttpServletRequest request) {
        StoredUser user = users.replace(caller.tenantId(), id, resource(body, request), IfMatch.of(ifMatch));
        return ok(user, request, Projection.of(attributes, excludedAttributes));
    }

    @PatchMapping("/{id}")
    ResponseEntity<JsonNode> patch(@PathVariable String id, @RequestBody(required = false) byte[] body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String attributes,
            @RequestParam(required = false) String excludedAttributes, Caller caller, HttpServletRequest request) {
        StoredUser user = users.patch(caller.tenantId(), id,
                PatchOperation.parseRequest(ScimHttp.body(json, body, request)), IfMatch.of(ifMatch));
        return ok(user, request, Projection.of(attributes, excludedAttributes));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
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
