package org.mentorat.benchmarks.matchingrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.mentorat.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives cohort runs over HTTP as an administrator's browser would: start or publish, then poll. */
final class RunClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long POLL_MILLIS = 100;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String bearer;

    RunClient(int port, String tenant) {
        this.baseUrl = "http://localhost:" + port;
        this.bearer = TestTokens.bearer(tenant, "benchmark-admin", "PROGRAM_ADMIN");
    }

    /** Starts a run of the program in QUALITY mode; returns its id. */
    String start(String programId) throws IOException, InterruptedException {
        return accepted(post("/api/v1/programs/" + programId + "/matching-runs", "{\"optimizeFor\":\"QUALITY\"}"))
                .get("id").asString();
    }

    void publish(String runId) throws IOException, InterruptedException {
        accepted(post("/api/v1/matching-runs/" + runId + "/publish", ""));
    }

    /** Polls the run until it reaches the status (or FAILED), telling the observer at each poll. */
    JsonNode await(String runId, String status, Consumer<JsonNode> observer) throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/api/v1/matching-runs/" + runId)).header("Authorization", bearer).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode run = JSON.readTree(response.body());
            observer.accept(run);
            String current = run.path("status").asString();
            if (status.equals(current)) {
                return run;
            }
            if ("FAILED".equals(current) || response.statusCode() != 200) {
                throw new IllegalStateException("run " + runId + " did not reach " + status + ": " + response.body());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode accepted(HttpResponse<String> response) {
        if (response.statusCode() != 202) {
            throw new IllegalStateException("refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
