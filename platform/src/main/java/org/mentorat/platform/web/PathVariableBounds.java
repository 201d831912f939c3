package org.mentorat.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every path segment a handler reads is at most {@link Identifiers#MAX_LENGTH} characters (400
 * naming the parameter otherwise), unless the parameter states its own {@code @Size}: ids are
 * bounded once for every service, and the API documents say the same bound (the platform's
 * OpenAPI customizer writes it on every path parameter without one).
 */
final class PathVariableBounds implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || variables.isEmpty()) {
            return true;
        }
        List<FieldError> errors = new ArrayList<>();
        variables.forEach((name, value) -> {
            if (value.length() > Identifiers.MAX_LENGTH && !boundsItself(method, name)) {
                errors.add(new FieldError(name, "must be at most " + Identifiers.MAX_LENGTH + " characters"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return true;
    }

    private static boolean boundsItself(HandlerMethod method, String variable) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            if (path != null && variable.equals(nameOf(path, parameter)) && parameter.hasParameterAnnotation(Size.class)) {
                return true;
            }
        }
        return false;
    }

    private static String nameOf(PathVariable path, MethodParameter parameter) {
        if (!path.name().isEmpty()) {
            return path.name();
        }
        return path.value().isEmpty() ? parameter.getParameterName() : path.value();
    }
}
