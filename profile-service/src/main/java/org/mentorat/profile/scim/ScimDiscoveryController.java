package org.mentorat.profile.scim;

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
@RestController
@RequestMapping(Scim.BASE_PATH)
class ScimDiscoveryController {

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<JsonNode> serviceProviderConfig(@RequestParam(required = false) String filter,
            HttpServletRequest request) {
        refuseFilter(filter);
        return ScimHttp.respond(request, HttpStatus.OK)
                .body(Discovery.serviceProviderConfig(ScimHttp.baseUrl(request)));
    }

    @GetMapping("/ResourceTypes")
    ResponseEntity<JsonNode> resourceTypes(@RequestParam(required = false) String filter, HttpServletRequest request) {
        refuseFilter(filter);
        return list(List.of(Discovery.userResourceType(ScimHttp.baseUrl(request))), request);
    }

    @GetMapping("/ResourceTypes/{name}")
    ResponseEntity<JsonNode> resourceType(@PathVariable String name, HttpServletRequest request) {
        if (!name.equals("User")) {
            throw ScimError.NOT_FOUND.exception("Resource type " + name + " not found; Mentorat serves User.");
        }
        return ScimHttp.respond(request, HttpStatus.OK).body(Discovery.userResourceType(ScimHttp.baseUrl(request)));
    }

    @GetMapping("/Schemas")
    ResponseEntity<JsonNode> schemas(@RequestParam(required = false) String filter, HttpServletRequest request) {
        refuseFilter(filter);
        String baseUrl = ScimHttp.baseUrl(request);
        return list(UserSchema.NAMES.keySet().stream().sorted().map(id -> Discovery.schema(id, baseUrl)).toList(),
                request);
    }

    @GetMapping("/Schemas/{id}")
    ResponseEntity<JsonNode> schema(@PathVariable String id, HttpServletRequest request) {
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
