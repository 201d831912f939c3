package org.mentorat.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.web.Identifiers;

/** What the platform adds to every service's document, on a document of two operations. */
class OpenApiCustomizersTest {

    private final OpenAPI api = twoOperations();

    @Test
    void everyOperationDescribesTheSharedErrorsAsProblems() {
        customise();

        Operation get = api.getPaths().get("/widgets/{id}").getGet();
        assertThat(get.getResponses()).containsKeys("200", "400", "401", "403", "404", "429", "500", "503")
                .doesNotContainKey("413");
        assertThat(get.getResponses().get("404").get$ref()).isEqualTo("#/components/responses/NotFound");
        ApiResponse notFound = api.getComponents().getResponses().get("NotFound");
        assertThat(notFound.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(notFound.getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties()).containsKey("errors");
    }

    @Test
    void anErrorAControllerDeclaresGetsTheProblemBodyWithItsOwnWords() {
        customise();

        Operation post = api.getPaths().get("/widgets").getPost();
        assertThat(post.getResponses()).containsKeys("400", "413");
        ApiResponse conflict = post.getResponses().get("409");
        assertThat(conflict.getDescription()).isEqualTo("The widget is locked.");
        assertThat(conflict.getContent()).containsOnlyKeys("application/problem+json");
    }

    @Test
    void answersCarryTheRateLimitHeadersAndA429SaysWhenToRetry() {
        customise();

        ApiResponse ok = api.getPaths().get("/widgets/{id}").getGet().getResponses().get("200");
        assertThat(ok.getHeaders()).containsKeys("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
        assertThat(api.getComponents().getResponses().get("TooManyRequests").getHeaders())
                .containsKeys("Retry-After", "RateLimit-Limit");
    }

    @Test
    void idsAndFormatsAreBoundedButRequestFieldsKeepTheirOwnBounds() {
        customise();

        Schema<?> pathId = api.getPaths().get("/widgets/{id}").getGet().getParameters().getFirst().getSchema();
        assertThat(pathId.getMaxLength()).isEqualTo(Identifiers.MAX_LENGTH);
        Schema<?> widget = api.getComponents().getSchemas().get("Widget");
        assertThat(property(widget, "ownerId").getMaxLength()).isEqualTo(Identifiers.MAX_LENGTH);
        assertThat(property(widget, "createdAt").getMaxLength()).isEqualTo(35);
        assertThat(property(widget, "count").getMaximum()).hasToString(String.valueOf(Integer.MAX_VALUE));
        Schema<?> request = api.getComponents().getSchemas().get("WidgetRequest");
        assertThat(property(request, "ownerId").getMaxLength()).isNull();
    }

    private void customise() {
        new CommonResponses().customise(api);
        new IdentifierBounds().customise(api);
        new FormatBounds().customise(api);
    }

    private static Schema<?> property(Schema<?> schema, String name) {
        return (Schema<?>) schema.getProperties().get(name);
    }

    private static OpenAPI twoOperations() {
        Schema<?> widget = new ObjectSchema().addProperty("ownerId", new StringSchema())
                .addProperty("createdAt", new DateTimeSchema()).addProperty("count", new IntegerSchema());
        Schema<?> request = new ObjectSchema().addProperty("ownerId", new StringSchema());
        Operation get = new Operation().addParametersItem(new PathParameter().name("id").schema(new StringSchema()))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")
                        .content(json("Widget"))));
        Operation post = new Operation().requestBody(new RequestBody().content(json("WidgetRequest")))
                .responses(new ApiResponses()
                        .addApiResponse("201", new ApiResponse().description("Created").content(json("Widget")))
                        .addApiResponse("409", new ApiResponse().description("The widget is locked.")));
        return new OpenAPI()
                .components(new Components().addSchemas("Widget", widget).addSchemas("WidgetRequest", request))
                .paths(new Paths().addPathItem("/widgets/{id}", new PathItem().get(get))
                        .addPathItem("/widgets", new PathItem().post(post)));
    }

    private static Content json(String schema) {
        return new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema)));
    }
}
