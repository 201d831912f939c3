package org.mentorat.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/** Adds the {@link ErrorAnswer}s of a handler to its operation; {@link CommonResponses} gives them the problem body. */
final class ErrorAnswers implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (ErrorAnswer answer : handler.getMethod().getAnnotationsByType(ErrorAnswer.class)) {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            operation.getResponses().addApiResponse(String.valueOf(answer.status()),
                    new ApiResponse().description(answer.description()));
        }
        return operation;
    }
}
