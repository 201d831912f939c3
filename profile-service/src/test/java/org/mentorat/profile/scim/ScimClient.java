package org.mentorat.profile.scim;

import java.util.UUID;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.TestTokens;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A SCIM client of the running service, as an identity provider would call it: bearer token,
 * {@code application/scim+json} bodies, every status returned as a response.
 */
final class ScimClient {

    private final RestClient http;
    private final String authorization;

    private ScimClient(int port, String authorization) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port + "/scim/v2")
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        this.authorization = authorization;
    }

    static ScimClient as(int port, String tenant, String... roles) {
        return new ScimClient(port, TestTokens.bearer(tenant, "client-" + UUID.randomUUID(), roles));
    }

    static ScimClient anonymous(int port) {
        return new ScimClient(port, null);
    }

    ResponseEntity<String> get(String path, String... headers) {
        return send(HttpMethod.GET, path, null, headers);
    }

    ResponseEntity<String> post(String path, String body, String... headers) {
        return send(HttpMethod.POST, path, body, headers);
    }

    ResponseEntity<String> put(String path, String body, String... headers) {
        return send(HttpMethod.PUT, path, body, headers);
    }

    ResponseEntity<String> patch(String path, String body, String... headers) {
        return send(HttpMethod.PATCH, path, body, headers);
    }

    ResponseEntity<String> delete(String path, String... headers) {
        return send(HttpMethod.DELETE, path, null, headers);
    }

    /** {@code headers} are name, value pairs; a Content-Type among them replaces application/scim+json. */
    ResponseEntity<String> send(HttpMethod method, String path, String body, String... headers) {
        RestClient.RequestBodySpec request = http.method(method).uri(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/scim+json").body(body);
        }
        for (int i = 0; i < headers.length; i += 2) {
            int name = i;
            request.headers(h -> h.set(headers[name], headers[name + 1]));
        }
        return request.retrieve().toEntity(String.class);
    }

    static JsonNode json(ResponseEntity<String> response) {
        return HttpApi.json(response);
    }
}
