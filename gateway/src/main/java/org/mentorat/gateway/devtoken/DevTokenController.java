package org.mentorat.gateway.devtoken;

import java.util.List;
import org.mentorat.gateway.problem.FieldError;
import org.mentorat.gateway.problem.Problem;
import org.mentorat.security.ProblemType;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;

/**
 * {@code POST /dev/tokens}: mints a token for local development and demos. Registered only in
 * the {@code dev} profile: elsewhere the path does not exist (and security does not open it).
 */
@RestController
@Profile("dev")
class DevTokenController {

    private final DevTokenIssuer issuer;

    DevTokenController(DevTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @PostMapping(path = "/dev/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> issue(@RequestBody TokenRequest request, ServerWebExchange exchange) {
        List<FieldError> errors = request.validate();
        if (!errors.isEmpty()) {
            return badRequest(exchange, "The token request has invalid fields.", errors);
        }
        return ResponseEntity.ok(new TokenResponse(issuer.issue(request)));
    }

    // Unreadable JSON or a wrong type (e.g. "roles": "MENTOR") is the client's mistake: answer
    // 400 and name the field Jackson stopped at.
    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<Problem> unreadable(ServerWebInputException failure, ServerWebExchange exchange) {
        String field = jsonPathOf(failure);
        String message = field.equals("body") ? "must be a JSON object" : "has the wrong type";
        return badRequest(exchange, "The token request could not be read.", List.of(new FieldError(field, message)));
    }

    private static ResponseEntity<Problem> badRequest(ServerWebExchange exchange, String detail,
            List<FieldError> errors) {
        String path = exchange.getRequest().getPath().value();
        Problem problem = Problem.of(ProblemType.INVALID_REQUEST, detail, path).withErrors(errors);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String jsonPathOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return "body";
    }
}
