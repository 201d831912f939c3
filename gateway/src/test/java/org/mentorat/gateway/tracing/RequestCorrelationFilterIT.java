package org.mentorat.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.RunningGateway;
import org.mentorat.testkit.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every request reaches the services with a request id and a W3C trace context, and the client gets the id. */
class RequestCorrelationFilterIT extends RunningGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String NEW_TRACEPARENT = "00-[0-9a-f]{32}-[0-9a-f]{16}-01";
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aRequestWithoutIdsGetsANewRequestIdAndANewTraceForwardedAndTheIdAnswered() {
        EntityExchangeResult<byte[]> result = get(new HttpHeaders());

        String requestId = result.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(requestId).matches(UUID);
        JsonNode forwarded = forwardedHeaders(result);
        assertThat(forwarded.get("x-request-id").asString()).isEqualTo(requestId);
        assertThat(forwarded.get("traceparent").asString()).matches(NEW_TRACEPARENT);
    }

    @Test
    void theClientsRequestIdAndTraceContextAreForwardedAsTheyAre() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-Id", "client-req_42.a:b");
        headers.set("traceparent", TRACEPARENT);
        headers.set("tracestate", "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7");

        EntityExchangeResult<byte[]> result = get(headers);

        assertThat(result.getResponseHeaders().get("X-Request-Id")).containsExactly("client-req_42.a:b");
        JsonNode forwarded = forwardedHeaders(result);
        assertThat(forwarded.get("x-request-id").asString()).isEqualTo("client-req_42.a:b");
        assertThat(forwarded.get("traceparent").asString()).isEqualTo(TRACEPARENT);
        assertThat(forwarded.get("tracestate").asString()).isEqualTo("congo=t61rcWkgMzE,rojo=00f067aa0ba902b7");
    }

    @Test
    void aRequestIdThatIsTooLongOrNotPlainIsReplaced() {
        for (String unacceptable : new String[] {"x".repeat(129), "id with spaces", "id\"}{"}) {
            HttpHeaders headers = new HttpHeaders();
            headers.set("X-Request-Id", unacceptable);

            EntityExchangeResult<byte[]> result = get(headers);

            String requestId = result.getResponseHeaders().getFirst("X-Request-Id");
            assertThat(requestId).matches(UUID);
            assertThat(forwardedHeaders(result).get("x-request-id").asString()).isEqualTo(requestId);
        }
    }

    @Test
    void anInvalidTraceparentStartsANewTraceAndDropsItsTracestate() {
        for (String invalid : new String[] {"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", TRACEPARENT + "-extra", "garbage"}) {
            HttpHeaders headers = new HttpHeaders();
            headers.set("traceparent", invalid);
            headers.set("tracestate", "congo=t61rcWkgMzE");

            JsonNode forwarded = forwardedHeaders(get(headers));

            assertThat(forwarded.get("traceparent").asString()).matches(NEW_TRACEPARENT).isNotEqualTo(invalid);
            assertThat(forwarded.has("tracestate")).as(invalid).isFalse();
        }
    }

    @Test
    void aLaterTraceparentVersionIsContinued() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("traceparent", "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future");

        assertThat(forwardedHeaders(get(headers)).get("traceparent").asString())
                .isEqualTo("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future");
    }

    @Test
    void aRefusedRequestNamesItsRequestIdToo() {
        client.get().uri("/api/v1/people/p-1")
                .header("X-Request-Id", "refused-1")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Request-Id", "refused-1");
    }

    private EntityExchangeResult<byte[]> get(HttpHeaders headers) {
        return client.get().uri("/api/v1/people/p-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token("acme", "person-1", "MENTOR"))
                .headers(all -> all.addAll(headers))
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();
    }

    private static JsonNode forwardedHeaders(EntityExchangeResult<byte[]> result) {
        return JSON.readTree(result.getResponseBody()).get("headers");
    }
}
