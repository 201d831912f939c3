package org.mentorat.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Stands in for a Spring Boot service in tests: reads the environment devstack gives it, prints it
 * to its log, serves the readiness endpoint on the management port and, like the gateway in the dev
 * profile, {@code POST /dev/tokens} on the API port. Fails at start when its database is "broken".
 */
public final class FakeService {

    static final List<String> ENVIRONMENT = List.of("SERVER_PORT", "MANAGEMENT_SERVER_PORT", "MONGODB_URI",
            "KAFKA_BOOTSTRAP_SERVERS", "MENTORAT_HMAC_SECRET", "SPRING_PROFILES_ACTIVE", "PROFILE_SERVICE_URL");

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> env = System.getenv();
        ENVIRONMENT.forEach(name -> System.out.println(name + "=" + env.get(name)));
        if (String.valueOf(env.get("MONGODB_URI")).endsWith("/broken")) {
            System.out.println("boom: cannot reach my database");
            System.exit(3);
        }
        String host = env.get("SERVER_ADDRESS");
        HttpServer management = HttpServer.create(
                new InetSocketAddress(host, Integer.parseInt(env.get("MANAGEMENT_SERVER_PORT"))), 0);
        management.createContext("/actuator/health/readiness", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        HttpServer api = HttpServer.create(new InetSocketAddress(host, Integer.parseInt(env.get("SERVER_PORT"))), 0);
        api.createContext("/dev/tokens", exchange -> respond(exchange, 200, "{\"token\":\"fake-token\"}"));
        management.start();
        api.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("fake service stopping")));
        System.out.println("fake service started");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
