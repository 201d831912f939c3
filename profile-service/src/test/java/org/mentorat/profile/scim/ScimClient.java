package org.mentorat.profile.scim;

import java.util.UUID;
import org.mentorat.testkit.ApiClient;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.springframework.http.HttpMethod;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A SCIM client of the running service, as an identity provider would call it: bearer token,
 * {@code application/scim+json} bodies, every status returned as a response.
 */
final class ScimClient {

    private final ApiClient http;

    private ScimClient(ApiClient http) {
        this.http = http;
    }

    static ScimClient as(ServiceDriver driver, String tenant, String... roles) {
        return new ScimClient(driver.as(tenant, "client-" + UUID.randomUUID(), roles));
    }

    static ScimClient anonymous(ServiceDriver driver) {
        return new ScimClient(driver.anonymous());
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
        RequestEntity.BodyBuilder request = RequestEntity.method(method,
                UriComponentsBuilder.fromUriString(Scim.BASE_PATH + path).encode().build().toUri());
        if (body != null) {
            request.header("Content-Type", "application/scim+json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            int name = i;
            request.headers(h -> h.set(headers[name], headers[name + 1]));
        }
        return http.send(body == null ? request.build() : request.body(body));
    }

    static JsonNode json(ResponseEntity<String> response) {
        return HttpApi.json(response);
    }
}
