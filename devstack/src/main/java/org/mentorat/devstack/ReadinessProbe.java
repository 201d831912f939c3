package org.mentorat.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Asks a Spring Boot application's readiness group whether it takes traffic. */
final class ReadinessProbe {

    // Boot answers 503 for DOWN and OUT_OF_SERVICE, so with a 200 the only status left to rule out is UNKNOWN
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final URI readinessUrl;
    private final HttpClient client;

    ReadinessProbe(URI readinessUrl, HttpClient client) {
        this.readinessUrl = readinessUrl;
        this.client = client;
    }

    URI url() {
        return readinessUrl;
    }

    /** True once the endpoint answers 200 with status UP; false while it refuses, is DOWN or OUT_OF_SERVICE. */
    boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(readinessUrl)
                .timeout(Duration.ofSeconds(2))
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && UP.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
