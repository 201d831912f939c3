package org.mentorat.profile.scim;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Answers a query with a ListResponse (RFC 7644 §3.4.2). */
@Component
class UserQueries {

    private final ScimUsers users;

    UserQueries(ScimUsers users) {
        this.users = users;
    }

    ResponseEntity<JsonNode> answer(String tenantId, SearchRequest search, HttpServletRequest request) {
        UserPage page = users.list(tenantId, search.filter(), search.startIndex(), search.count());
        String baseUrl = ScimHttp.baseUrl(request);
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        list.putArray("schemas").add(Scim.LIST_RESPONSE);
        list.put("totalResults", page.totalResults());
        list.put("startIndex", page.startIndex());
        list.put("itemsPerPage", page.users().size());
        ArrayNode resources = list.putArray("Resources");
        page.users().forEach(user -> resources.add(search.projection().apply(UserResource.of(user, baseUrl))));
        return ScimHttp.respond(request, HttpStatus.OK).body(list);
    }
}
