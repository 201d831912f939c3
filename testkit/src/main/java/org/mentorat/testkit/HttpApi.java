package org.mentorat.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of a running service, as an outside client sees it: every status comes
 * back as a response (no exceptions), bodies are read as JSON, problems are checked to RFC 9457.
 */
public final class HttpApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEM_TYPES = "https://mentorat.org/problems/";

    private final RestClient http;

    private HttpApi(String baseUrl) {
        this.http = RestClient.builder().baseUrl(baseUrl)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public static HttpApi at(String baseUrl) {
        return new HttpApi(baseUrl);
    }

    public static HttpApi onLocalPort(int port) {
        return new HttpApi("http://localhost:" + port);
    }

    public ResponseEntity<String> get(String path, String authorization) {
        var request = http.get().uri(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.retrieve().toEntity(String.class);
    }

    /** POSTs {@code body} as JSON: a String is sent as it is, anything else is serialised. */
    public ResponseEntity<String> post(String path, String authorization, Object body) {
        var request = http.post().uri(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> put(String path, String authorization, Object body) {
        var request = http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.retrieve().toEntity(String.class);
    }

    /** PATCHes an RFC 7396 merge patch, with {@code If-Match} when {@code ifMatch} is not null. */
    public ResponseEntity<String> mergePatch(String path, String authorization, String patch, String ifMatch) {
        var request = http.patch().uri(path).contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .body(patch);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.retrieve().toEntity(String.class);
    }

    public static JsonNode json(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }

    /** Asserts the status and returns the body as JSON. */
    public static JsonNode expect(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return json(response);
    }

    /** Asserts an RFC 9457 problem of the given status and type (the last segment of its URI). */
    public static JsonNode problem(ResponseEntity<String> response, int status, String type) {
        JsonNode problem = expect(response, status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(problem.get("type").asString()).isEqualTo(PROBLEM_TYPES + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }
}
