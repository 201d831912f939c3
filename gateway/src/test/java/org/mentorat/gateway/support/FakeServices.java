package org.mentorat.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Four stand-in backends, one per service, each on its own random port. Every request is
 * answered with a JSON echo of what arrived ({@code service}, {@code method}, {@code path} with
 * query, lower-cased {@code headers}, {@code body}), so a test can see exactly what the gateway
 * forwarded and to whom. They are never stopped: they serve the test JVM until it exits.
 */
public final class FakeServices {

    public static final List<String> NAMES = List.of("profile", "matching", "session", "notification");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, HttpServer> servers = new LinkedHashMap<>();

    private FakeServices() {
    }

    public static FakeServices start() {
        FakeServices services = new FakeServices();
        NAMES.forEach(services::startOne);
        return services;
    }

    /** Points the gateway's {@code mentorat.gateway.services.*} URLs at the fakes. */
    public void register(DynamicPropertyRegistry registry) {
        servers.forEach((name, server) -> registry.add("mentorat.gateway.services." + name,
                () -> "http://localhost:" + server.getAddress().getPort()));
    }

    /** The same settings as {@link #register}, for a gateway started outside the test context. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        servers.forEach((name, server) -> properties.put("mentorat.gateway.services." + name,
                "http://localhost:" + server.getAddress().getPort()));
        return properties;
    }

    private void startOne(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> echo(name, exchange));
            server.start();
            servers.put(name, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void echo(String service, HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(Locale.ROOT), values.getFirst()));
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("service", service);
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", exchange.getRequestURI().toString());
        echo.put("headers", headers);
        echo.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = JSON.writeValueAsBytes(echo);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
