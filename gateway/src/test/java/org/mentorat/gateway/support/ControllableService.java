package org.mentorat.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in service for the resilience tests that can be stopped and started again on the same
 * port, and that counts the requests it receives per path. What it does depends on the path: a
 * path containing {@code /slow} is held until {@link #releaseSlowCalls()} (a service that does not
 * answer in time), one containing {@code /drop} gets its connection closed without an answer (a
 * service that crashed mid-request); any other path gets {@code 200 {"ok":true}}.
 */
public final class ControllableService {

    private int port;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final CountDownLatch slowCalls = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private HttpServer server;

    private ControllableService() {
    }

    /** Listens on a free port, which it keeps across {@link #stop()} and {@link #restart()}. */
    public static ControllableService start() {
        ControllableService service = new ControllableService();
        service.server = service.bind(0);
        service.port = service.server.getAddress().getPort();
        return service;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Stops accepting connections: the port refuses them until {@link #restart()}. */
    public synchronized void stop() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    public synchronized void restart() {
        server = bind(port);
    }

    public int received(String path) {
        AtomicInteger count = received.get(path);
        return count == null ? 0 : count.get();
    }

    /** Lets the held slow calls finish (their client, the gateway, has given up on them long ago). */
    public void releaseSlowCalls() {
        slowCalls.countDown();
    }

    private HttpServer bind(int onPort) {
        try {
            HttpServer bound = HttpServer.create(new InetSocketAddress("localhost", onPort), 0);
            bound.createContext("/", this::handle);
            bound.setExecutor(handlers);
            bound.start();
            return bound;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        received.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        if (path.contains("/drop")) {
            // The JDK server closes the connection of a handler that fails, without an answer.
            throw new IllegalStateException("dropping the connection of " + path);
        }
        if (path.contains("/slow")) {
            awaitRelease();
        }
        byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void awaitRelease() {
        try {
            slowCalls.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
