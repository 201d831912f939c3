package org.mentorat.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.mentorat.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the import API over HTTP, as an HR integration would: upload, then poll until finished. */
final class ImportClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String bearer;

    ImportClient(int port, String tenant) {
        this.baseUrl = "http://localhost:" + port;
        this.bearer = "Bearer " + TestTokens.token(tenant, "benchmark-hris", "HR_INTEGRATION");
    }

    /** Streams the file as the request body; returns the import's location. */
    String upload(Path file) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/imports"))
                .header("Authorization", bearer).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    JsonNode awaitFinished(String location) throws IOException, InterruptedException {
        while (true) {
            JsonNode current = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(baseUrl + location))
                    .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            if (!"RUNNING".equals(current.get("status").asString())) {
                return current;
            }
            Thread.sleep(200);
        }
    }
}
