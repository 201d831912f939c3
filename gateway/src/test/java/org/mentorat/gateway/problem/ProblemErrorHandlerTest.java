package org.mentorat.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemErrorHandlerTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ProblemErrorHandler handler = new ProblemErrorHandler(new ProblemWriter(json));

    @ParameterizedTest
    @ValueSource(classes = {ConnectException.class, UnknownHostException.class})
    void reportsAnUnreachableServiceAs503(Class<? extends Exception> cause) throws Exception {
        Exception networkFailure = cause.getConstructor(String.class).newInstance("profile-service:8081");
        MockServerWebExchange exchange = handle(new IllegalStateException("io", networkFailure));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(body(exchange).get("type").asString()).isEqualTo("https://mentorat.org/problems/upstream-unavailable");
    }

    @Test
    void reportsAnOpenCircuitAs503() {
        MockServerWebExchange exchange = handle(new ServiceUnavailableException());

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(body(exchange).get("type").asString()).isEqualTo("https://mentorat.org/problems/upstream-unavailable");
    }

    @Test
    void reportsAConnectionTheServiceDroppedAs502() {
        MockServerWebExchange exchange = handle(new IllegalStateException("proxy", new IOException("Connection reset by peer")));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(body(exchange).get("type").asString()).isEqualTo("about:blank");
        assertThat(body(exchange).get("detail").asString()).doesNotContain("reset");
    }

    @Test
    void hidesTheMessageOfAnUnexpectedFailure() {
        MockServerWebExchange exchange = handle(new IllegalStateException("password=hunter2 in mongodb://db"));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block()).doesNotContain("hunter2");
    }

    @Test
    void usesAboutBlankForStatusesWithoutAMentoratType() {
        MockServerWebExchange exchange = handle(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED));

        JsonNode problem = body(exchange);
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(405);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/people");
    }

    private MockServerWebExchange handle(Throwable error) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/people"));
        handler.handle(exchange, error).block();
        return exchange;
    }

    private JsonNode body(MockServerWebExchange exchange) {
        return json.readTree(exchange.getResponse().getBodyAsString().block());
    }
}
