package org.mentorat.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JSON tree into a validated value, reporting every problem as a field error: for
 * bodies built by the service itself (a merge patch applied to the current state).
 */
public final class RequestValidation {

    private final JsonMapper json;
    private final Validator validator;

    public RequestValidation(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(JsonNode tree, Class<T> type) {
        T value;
        try {
            value = json.treeToValue(tree, type);
        } catch (DatabindException e) {
            throw new InvalidRequestException(List.of(new FieldError(JsonPaths.of(e.getPath()),
                    "has the wrong type or format")));
        } catch (JacksonException e) {
            throw new InvalidRequestException(List.of(new FieldError("", "is not valid JSON")));
        }
        return validated(value);
    }

    public <T> T validated(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.stream()
                    .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList());
        }
        return value;
    }

    public JsonNode toTree(Object value) {
        return json.valueToTree(value);
    }
}
