package org.mentorat.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessProbeTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger status = new AtomicInteger();
    private final AtomicReference<String> body = new AtomicReference<>();
    private HttpServer actuator;

    @BeforeEach
    void startActuator() throws IOException {
        actuator = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        actuator.createContext("/actuator/health/readiness", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        actuator.start();
    }

    @AfterEach
    void stopActuator() {
        actuator.stop(0);
    }

    @Test
    void aServiceIsReadyOnlyWhenItsReadinessGroupSaysUp() {
        ReadinessProbe probe = new ReadinessProbe(readinessUrl(actuator.getAddress().getPort()), http);

        answer(503, "{\"status\":\"OUT_OF_SERVICE\"}");
        assertThat(probe.isReady()).isFalse();

        answer(200, "{\"status\":\"UNKNOWN\"}");
        assertThat(probe.isReady()).isFalse();

        answer(200, "{\"status\":\"UP\"}");
        assertThat(probe.isReady()).isTrue();

        answer(200, "{\"components\":{\"readinessState\":{\"status\":\"UP\"}},\"status\" : \"UP\"}");
        assertThat(probe.isReady()).isTrue();
    }

    @Test
    void aServiceThatDoesNotListenYetIsNotReady() throws IOException {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }

        assertThat(new ReadinessProbe(readinessUrl(unused), http).isReady()).isFalse();
    }

    private void answer(int code, String json) {
        status.set(code);
        body.set(json);
    }

    private static URI readinessUrl(int port) {
        return URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
    }
}
