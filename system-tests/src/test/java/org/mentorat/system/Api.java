package org.mentorat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client of the running services, asserting status codes as it goes. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningPlatform platform;
    private final RestClient client = RestClient.builder()
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build();

    Api(RunningPlatform platform) {
        this.platform = platform;
    }

    JsonNode created(String service, String path, String token, Object body) {
        return expect(post(service, path, token, body), 201);
    }

    JsonNode ok(String service, String path, String token) {
        return expect(client.get().uri(platform.baseUrl(service) + path).header("Authorization", token)
                .retrieve().toEntity(String.class), 200);
    }

    ResponseEntity<String> post(String service, String path, String token, Object body) {
        var request = client.post().uri(platform.baseUrl(service) + path).header("Authorization", token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ResponseEntity<String> response = request.retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s → %s", path, response.getStatusCode(),
                response.getBody()).isTrue();
        return response;
    }

    /** The elements of a JSON array, or of a page's {@code items}. */
    List<JsonNode> items(JsonNode listOrPage) {
        JsonNode array = listOrPage.isArray() ? listOrPage : listOrPage.get("items");
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static JsonNode expect(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }
}
