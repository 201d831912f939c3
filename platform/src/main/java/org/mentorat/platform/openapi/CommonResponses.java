package org.mentorat.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Describes the answers every operation shares, so no controller repeats them: 401, 403, 404,
 * 429, 500 and 503 on every operation, 400 on those with parameters or a body, 413 on those with
 * a body; every 4xx/5xx as {@code application/problem+json} with the one {@code Problem} schema;
 * the gateway's rate-limit headers on every 2xx and 4xx answer. Error answers a controller declares
 * itself ({@link ErrorAnswer}, or {@code @ApiResponse}) get the problem body, or keep their own format when
 * they name one (SCIM).
 */
final class CommonResponses implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        declareComponents(api.getComponents());
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(this::describe));
        }
        if (api.getTags() != null) {
            List<io.swagger.v3.oas.models.tags.Tag> tags = new ArrayList<>(api.getTags());
            tags.sort(Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName));
            api.setTags(tags);
        }
    }

    private static void declareComponents(Components components) {
        components.addSchemas(ProblemSchemas.PROBLEM, ProblemSchemas.problem());
        components.addSchemas(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError());
        ResponseHeaders.components().forEach(components::addHeaders);
        for (ErrorResponse error : ErrorResponse.values()) {
            components.addResponses(error.component(), problemResponse(error.description(),
                    error == ErrorResponse.TOO_MANY_REQUESTS));
        }
    }

    private void describe(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, ApiResponse> described = new LinkedHashMap<>();
        responses.forEach((status, response) -> described.put(status, describe(status, response)));
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        for (ErrorResponse error : ErrorResponse.values()) {
            boolean applies = switch (error) {
                case BAD_REQUEST -> hasInput;
                case CONTENT_TOO_LARGE -> hasBody;
                case CONFLICT, PRECONDITION_FAILED -> false;
                default -> true;
            };
            if (applies) {
                described.putIfAbsent(error.status(), new ApiResponse().$ref(error.ref()));
            }
        }
        ApiResponses sorted = new ApiResponses();
        described.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
        operation.setResponses(sorted);
    }

    /** A 4xx/5xx becomes the shared one (or problem+json when it is not shared); a 2xx gains the headers. */
    private static ApiResponse describe(String status, ApiResponse response) {
        if (response.get$ref() != null) {
            return response;
        }
        if ((status.startsWith("4") || status.startsWith("5")) && hasOwnErrorFormat(response)) {
            ResponseHeaders.everyAnswer().forEach(response::addHeaderObject);
            return response;
        }
        if (status.startsWith("4") || status.startsWith("5")) {
            var shared = ErrorResponse.of(status);
            boolean ownWords = response.getDescription() != null && !response.getDescription().isBlank();
            if (shared.isPresent() && !ownWords) {
                return new ApiResponse().$ref(shared.get().ref());
            }
            return problemResponse(ownWords ? response.getDescription()
                    : shared.map(ErrorResponse::description).orElse("An error, described by the problem."),
                    "429".equals(status));
        }
        if (status.startsWith("2")) {
            ResponseHeaders.everyAnswer().forEach((name, header) -> {
                if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                    response.addHeaderObject(name, header);
                }
            });
        }
        return response;
    }

    /**
     * An error the controller described with a format of its own (SCIM's {@code application/scim+json},
     * RFC 7644) is kept; a plain JSON guess from the return type is not.
     */
    private static boolean hasOwnErrorFormat(ApiResponse response) {
        return response.getContent() != null && response.getContent().keySet().stream()
                .anyMatch(type -> !type.equals("application/json") && !type.equals("*/*") && !type.equals(PROBLEM_JSON));
    }

    private static ApiResponse problemResponse(String description, boolean retryAfter) {
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref(ProblemSchemas.PROBLEM_REF))));
        ResponseHeaders.everyAnswer().forEach(response::addHeaderObject);
        if (retryAfter) {
            response.addHeaderObject(ResponseHeaders.RETRY_AFTER, ResponseHeaders.ref(ResponseHeaders.RETRY_AFTER));
        }
        return response;
    }
}
