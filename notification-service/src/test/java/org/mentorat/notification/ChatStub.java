package org.mentorat.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Slack's and Teams' incoming webhooks, played by the JDK's HTTP server: each path records the
 * JSON bodies posted to it and answers 200, or the statuses a test queued for it first.
 */
final class ChatStub implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, List<String>> posted = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedDeque<Integer>> answers = new ConcurrentHashMap<>();

    ChatStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            posted.computeIfAbsent(path, any -> new CopyOnWriteArrayList<>())
                    .add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Integer status = answers.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A webhook URL of this stub, unique to a test. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next posts to {@code path} are answered with these statuses, then 200. */
    void answer(String path, Integer... statuses) {
        answers.computeIfAbsent(path, any -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
    }

    List<String> postedTo(String path) {
        return List.copyOf(posted.getOrDefault(path, List.of()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
