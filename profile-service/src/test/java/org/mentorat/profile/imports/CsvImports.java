package org.mentorat.profile.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** An HR integration's view of the import API: upload a CSV, wait for it to finish. */
public final class CsvImports {

    private final ServiceDriver driver;
    private final HttpApi api;

    private CsvImports(ServiceDriver driver) {
        this.driver = driver;
        this.api = driver.api();
    }

    public static CsvImports of(ServiceDriver driver) {
        return new CsvImports(driver);
    }

    public ResponseEntity<String> upload(String authorization, String csv, boolean dryRun) {
        return driver.anonymous().send(RequestEntity.post(URI.create("/api/v1/imports?dryRun=" + dryRun))
                .header("Authorization", authorization).contentType(MediaType.parseMediaType("text/csv")).body(csv));
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
