package org.mentorat.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI document as it serves it, written to {@code target/openapi/<service>.json}
 * and compared with the snapshot committed under {@code docs/api/<service>.json}, which the API
 * lint ({@code api-lint/run}) and client generation read. A document that changed makes the test
 * fail with the command that updates the snapshot, so the committed document never drifts from
 * the code.
 */
public final class ApiDocument {

    /** Set to {@code true} ({@code -Dopenapi.update=true}) to rewrite the committed snapshot instead of comparing. */
    public static final String UPDATE = "openapi.update";

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    /** SCIM operations answer their own errors as RFC 7644 says. */
    private static final String SCIM_JSON = "application/scim+json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final String service;
    private final JsonNode document;

    private ApiDocument(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    /** The document {@code /v3/api-docs} serves (without a token, as the gateway fetches it). */
    public static ApiDocument servedBy(ServiceDriver driver, String service) {
        return new ApiDocument(service, HttpApi.expect(driver.api().get("/v3/api-docs", null), 200));
    }

    public JsonNode json() {
        return document;
    }

    /** Keys sorted, two-space indents, one trailing newline: the same bytes for the same document. */
    public String canonical() {
        Object tree = CANONICAL.treeToValue(document, Object.class);
        return CANONICAL.writeValueAsString(tree).replace("\r\n", "\n") + "\n";
    }

    /**
     * Writes the served document to {@code target/openapi/<service>.json} and asserts the
     * committed snapshot is the same (or rewrites it with {@code -Dopenapi.update=true}).
     */
    public void assertMatchesCommittedSnapshot() {
        String served = canonical();
        Path snapshot = repositoryRoot().resolve("docs/api").resolve(service + ".json");
        Path built = Path.of("target/openapi").resolve(service + ".json").toAbsolutePath();
        try {
            Files.createDirectories(built.getParent());
            Files.writeString(built, served);
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(snapshot.getParent());
                Files.writeString(snapshot, served);
            }
            String committed = Files.exists(snapshot) ? Files.readString(snapshot) : "";
            assertThat(committed)
                    .as("docs/api/%s.json differs from the document the service serves (%s). If the change is "
                            + "intended, regenerate it: ./mvnw -pl %s-service -am verify -Dit.test=ApiDocumentIT "
                            + "-Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -D%s=true (or copy %s over it)",
                            service, built, service, UPDATE, built)
                    .isEqualTo(served);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the API conventions (docs/api-conventions.md) require of every operation, one line
     * per breach: an operationId, a summary, a description, tags; 401, 403, 404 and 429 described;
     * every 4xx/5xx answer as {@code application/problem+json} with the shared {@code Problem}
     * (SCIM operations under {@code /scim/} may answer {@code application/scim+json} instead).
     */
    public List<String> conventionBreaches() {
        List<String> breaches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    checkOperation(method.getKey() + " " + path.getKey(), method.getValue(), breaches);
                }
            }
        }
        return breaches;
    }

    private void checkOperation(String name, JsonNode operation, List<String> breaches) {
        for (String field : List.of("operationId", "summary", "description")) {
            if (operation.path(field).asString("").isBlank()) {
                breaches.add(name + ": no " + field);
            }
        }
        if (operation.path("tags").isEmpty()) {
            breaches.add(name + ": no tags");
        }
        JsonNode responses = operation.path("responses");
        for (String status : List.of("401", "403", "404", "429")) {
            if (!responses.has(status)) {
                breaches.add(name + ": no " + status + " response");
            }
        }
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                checkProblem(name + " " + response.getKey(), response.getValue(), breaches);
            }
        }
    }

    private void checkProblem(String name, JsonNode response, List<String> breaches) {
        JsonNode content = resolve(response).path("content");
        if (name.contains(" /scim/") && content.size() == 1 && content.has(SCIM_JSON)) {
            return;
        }
        if (content.size() != 1 || !content.has("application/problem+json")) {
            breaches.add(name + ": not described as application/problem+json only");
            return;
        }
        String ref = content.get("application/problem+json").path("schema").path("$ref").asString("");
        if (!ref.equals("#/components/schemas/Problem")) {
            breaches.add(name + ": schema is not the shared Problem");
        }
    }

    /** A response given as {@code {"$ref": "#/components/responses/X"}} is looked up. */
    private JsonNode resolve(JsonNode response) {
        String ref = response.path("$ref").asString("");
        return ref.isEmpty() ? response : document.at(ref.substring(1));
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
