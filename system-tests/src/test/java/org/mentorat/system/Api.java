package org.mentorat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.testkit.HttpApi;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Calls the running services by name, asserting status codes as it goes. */
final class Api {

    private final RunningPlatform platform;

    Api(RunningPlatform platform) {
        this.platform = platform;
    }

    JsonNode created(String service, String path, String token, Object body) {
        return HttpApi.expect(service(service).post(path, token, body), 201);
    }

    JsonNode accepted(String service, String path, String token) {
        return HttpApi.expect(service(service).post(path, token, null), 202);
    }

    JsonNode ok(String service, String path, String token) {
        return HttpApi.expect(service(service).get(path, token), 200);
    }

    /** The status of a GET, for waiting until a read model has caught up. */
    int status(String service, String path, String token) {
        return service(service).get(path, token).getStatusCode().value();
    }

    void post(String service, String path, String token, Object body) {
        ResponseEntity<String> response = service(service).post(path, token, body);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s → %s", path, response.getStatusCode(),
                response.getBody()).isTrue();
    }

    /** The elements of a JSON array, or of a page's {@code items}. */
    List<JsonNode> items(JsonNode listOrPage) {
        JsonNode array = listOrPage.isArray() ? listOrPage : listOrPage.get("items");
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private HttpApi service(String name) {
        return HttpApi.at(platform.baseUrl(name));
    }
}
