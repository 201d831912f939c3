package org.mentorat.devstack.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catcher's web side, on the JDK's HTTP server: {@code /} lists the mails, {@code /messages/{id}}
 * shows one, {@code /api/messages} is the JSON list ({@code DELETE} empties it) and
 * {@code /api/messages/{id}/raw} a mail's source.
 */
final class MailWeb implements AutoCloseable {

    static final String API = "/api/messages";
    private static final Pattern RAW = Pattern.compile("/api/messages/(\\d+)/raw");
    private static final Pattern PAGE = Pattern.compile("/messages/(\\d+)");
    private static final Pattern HTML = Pattern.compile("/messages/(\\d+)/html");
    private static final Pattern ATTACHMENT = Pattern.compile("/messages/(\\d+)/attachments/(\\d+)");
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'";
    /** A mail's own HTML: no script, no form, no request anywhere, an opaque origin, even opened on its own. */
    private static final String MAIL_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " frame-ancestors 'self'";

    private final MailStore store;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    MailWeb(MailStore store, String host, int port) throws IOException {
        this.store = store;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
    }

    static String rawPath(long id) {
        return API + "/" + id + "/raw";
    }

    static String pagePath(long id) {
        return "/messages/" + id;
    }

    static String htmlPath(long id) {
        return pagePath(id) + "/html";
    }

    static String attachmentPath(long id, int index) {
        return pagePath(id) + "/attachments/" + index;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(API) && method.equals("DELETE")) {
                store.clear();
                exchange.sendResponseHeaders(204, -1);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", path.equals(API) ? "GET, HEAD, DELETE" : "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
            } else {
                get(exchange, path);
            }
        }
    }

    private void get(HttpExchange exchange, String path) throws IOException {
        Matcher matcher;
        if (path.equals("/")) {
            page(exchange, 200, MailPages.list(store.newestFirst(), store.capacity()));
        } else if (path.equals(API)) {
            send(exchange, 200, "application/json", PAGE_POLICY, MailJson.list(store.newestFirst(), baseUrl())
                    .getBytes(StandardCharsets.UTF_8));
        } else if ((matcher = RAW.matcher(path)).matches()) {
            Optional<CaughtMail> mail = mail(matcher);
            if (mail.isEmpty()) {
                notFound(exchange, path);
                return;
            }
            exchange.getResponseHeaders().set("Content-Disposition", "inline; filename=\"mail-" + mail.get().id() + ".eml\"");
            send(exchange, 200, "message/rfc822", MAIL_POLICY, mail.get().raw());
        } else if ((matcher = PAGE.matcher(path)).matches()) {
            Optional<CaughtMail> mail = mail(matcher);
            if (mail.isEmpty()) {
                notFound(exchange, path);
                return;
            }
            page(exchange, 200, MailPages.message(mail.get(), MailParts.of(mail.get().raw())));
        } else if ((matcher = HTML.matcher(path)).matches()) {
            Optional<String> html = mail(matcher).map(mail -> MailParts.of(mail.raw()).html());
            if (html.isEmpty()) {
                notFound(exchange, path);
                return;
            }
            send(exchange, 200, "text/html; charset=utf-8", MAIL_POLICY, html.get().getBytes(StandardCharsets.UTF_8));
        } else if ((matcher = ATTACHMENT.matcher(path)).matches()) {
            attachment(exchange, matcher, path);
        } else {
            notFound(exchange, path);
        }
    }

    private void attachment(HttpExchange exchange, Matcher matcher, String path) throws IOException {
        int index = Integer.parseInt(matcher.group(2));
        Optional<MailParts.Attachment> found = mail(matcher).map(mail -> MailParts.of(mail.raw()).attachments())
                .filter(attachments -> index < attachments.size()).map(attachments -> attachments.get(index));
        if (found.isEmpty()) {
            notFound(exchange, path);
            return;
        }
        String filename = found.get().filename().replaceAll("[\"\\\\\\r\\n]", "_");
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        send(exchange, 200, found.get().contentType(), MAIL_POLICY, found.get().bytes());
    }

    private Optional<CaughtMail> mail(Matcher matcher) {
        try {
            return store.find(Long.parseLong(matcher.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void notFound(HttpExchange exchange, String path) throws IOException {
        page(exchange, 404, MailPages.notFound("Nothing at " + path + ": the mail may be gone (only the newest are kept)."));
    }

    private static void page(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", PAGE_POLICY, html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, String policy, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", policy);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
