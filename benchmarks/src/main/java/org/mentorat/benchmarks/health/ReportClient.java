package org.mentorat.benchmarks.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import org.mentorat.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a program's report over HTTP as its administrator's browser would, and times the reads. */
final class ReportClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpRequest request;

    ReportClient(int port, String tenant, String programId) {
        this.request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/programs/" + programId
                        + "/report"))
                .header("Authorization", TestTokens.bearer(tenant, "benchmark-admin", "PROGRAM_ADMIN")).GET().build();
    }

    /** The report, or null while the program is still unknown. */
    JsonNode read() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("report refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    long sessionsHeld() throws IOException, InterruptedException {
        JsonNode report = read();
        return report == null ? 0 : report.get("sessionsHeld").asLong();
    }

    /** Reads the report {@code warmUp} times untimed, then {@code reads} times, one after the other. */
    Latencies time(int warmUp, int reads) throws IOException, InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            read();
        }
        long[] nanos = new long[reads];
        for (int i = 0; i < reads; i++) {
            long start = System.nanoTime();
            read();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Latencies(reads, at(nanos, 0.50), at(nanos, 0.90), at(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    /** Milliseconds per read. */
    record Latencies(int reads, double p50, double p90, double p99, double max) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d reads: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", reads,
                    p50, p90, p99, max);
        }
    }
}
