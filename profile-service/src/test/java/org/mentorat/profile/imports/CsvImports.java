package org.mentorat.profile.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.mentorat.testkit.HttpApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** An HR integration's view of the import API: upload a CSV, wait for it to finish. */
public final class CsvImports {

    private final RestClient http;
    private final HttpApi api;

    private CsvImports(int port) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        this.api = HttpApi.onLocalPort(port);
    }

    public static CsvImports onLocalPort(int port) {
        return new CsvImports(port);
    }

    public ResponseEntity<String> upload(String authorization, String csv, boolean dryRun) {
        return http.post().uri("/api/v1/imports?dryRun={dryRun}", dryRun)
                .header("Authorization", authorization)
                .contentType(MediaType.parseMediaType("text/csv")).body(csv)
                .retrieve().toEntity(String.class);
    }

    /** Uploads, expects 202, and returns the import once it is no longer RUNNING. */
    public JsonNode importAndWait(String authorization, String csv, boolean dryRun) {
        ResponseEntity<String> accepted = upload(authorization, csv, dryRun);
        HttpApi.expect(accepted, 202);
        return awaitFinished(authorization, accepted.getHeaders().getLocation().toString());
    }

    public JsonNode awaitFinished(String authorization, String location) {
        AtomicReference<JsonNode> finished = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode current = HttpApi.expect(api.get(location, authorization), 200);
            finished.set(current);
            return !"RUNNING".equals(current.get("status").asString());
        });
        assertThat(finished.get().get("status").asString()).isIn("COMPLETED", "FAILED");
        return finished.get();
    }

    public JsonNode rows(String authorization, String importId, String query) {
        return HttpApi.expect(api.get("/api/v1/imports/" + importId + "/rows" + query, authorization), 200);
    }
}
