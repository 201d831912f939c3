package org.mentorat.platform.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.Problems;

/**
 * The one {@code Problem} schema every 4xx/5xx answer refers to: RFC 9457 members plus the
 * {@code errors} extension that validation problems carry ({@link FieldError}, one per field at fault).
 */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private ProblemSchemas() {
    }

    static Schema<?> problem() {
        Schema<?> schema = new ObjectSchema()
                .description("An RFC 9457 problem. `type` is stable and names the kind of problem (clients switch "
                        + "on it); `errors` lists the fields at fault in a validation problem.")
                .addProperty("type", text(2048, "uri", "Identifies the kind of problem, under " + Problems.TYPE_BASE)
                        .example(Problems.TYPE_BASE + "validation"))
                .addProperty("title", text(200, null, "A short summary of the kind of problem."))
                .addProperty("status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status code."))
                .addProperty("detail", text(2000, null, "What went wrong with this request, for people."))
                .addProperty("instance", text(2048, "uri-reference", "The path of the request that failed."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .maxItems(FieldError.MAX_PER_PROBLEM)
                        .description("Validation problems only: each field at fault, at most "
                                + FieldError.MAX_PER_PROBLEM + "."));
        schema.setRequired(List.of("type", "title", "status"));
        return schema;
    }

    static Schema<?> fieldError() {
        Schema<?> schema = new ObjectSchema()
                .description("One input field at fault.")
                .addProperty("field", text(FieldError.MAX_FIELD_LENGTH, null,
                        "The field as a JSON path (`roles[0]`, `quietHours.start`), or the query or path parameter."))
                .addProperty("message", text(FieldError.MAX_MESSAGE_LENGTH, null, "What is wrong with it."));
        schema.setRequired(List.of("field", "message"));
        return schema;
    }

    private static Schema<?> text(int maxLength, String format, String description) {
        return new StringSchema().maxLength(maxLength).format(format).description(description);
    }
}
