package org.mentorat.gateway.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection used the way simple blocking clients (Python's
 * {@code requests}) use theirs: write a request (its whole body included), read its whole answer,
 * send the next; never pipelined. Kept deliberately low-level so that the test sees exactly
 * whether and how far an answer arrived.
 */
public final class KeepAliveConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public KeepAliveConnection(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout(readTimeoutMillis);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** How a request body is framed on the wire. */
    public enum Framing { CONTENT_LENGTH, CHUNKED }

    /**
     * What came back for one request.
     *
     * @param outcome "200 complete", "429 complete", "... truncated", "no answer" (the read timed
     *                out) or "closed" (the gateway closed the connection without an answer)
     * @param closes  the answer said {@code Connection: close}: a client opens a new connection
     */
    public record Answer(String outcome, boolean closes) {

        public boolean complete() {
            return outcome.endsWith(" complete");
        }
    }

    /** "200 complete", "429 complete", "... truncated" or "no answer"; the connection is unusable after the last two. */
    public String get(String path, String bearer) throws IOException {
        return send("GET", path, bearer, null, Framing.CONTENT_LENGTH).outcome();
    }

    /** Sends one request, with {@code body} (may be null) framed as asked, and reads its whole answer. */
    public Answer send(String method, String path, String bearer, byte[] body, Framing framing) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nAccept: */*\r\nAccept-Encoding: gzip, deflate\r\nConnection: keep-alive\r\n")
                .append("Authorization: Bearer ").append(bearer).append("\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\n").append(framing == Framing.CHUNKED
                    ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
        }
        // Head, body and (chunked) end in separate writes, as Python's http.client sends them:
        // the gateway may answer before the rest of the request has arrived.
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (body != null && framing == Framing.CHUNKED) {
            out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else if (body != null) {
            out.write(body);
        }
        out.flush();
        return readAnswer();
    }

    private Answer readAnswer() throws IOException {
        try {
            String statusLine = line();
            if (statusLine == null) {
                return new Answer("closed", true);
            }
            String status = statusLine.split(" ")[1];
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(value(lower));
                } else if (lower.startsWith("transfer-encoding:")) {
                    chunked = value(lower).contains("chunked");
                } else if (lower.startsWith("connection:")) {
                    closes = value(lower).contains("close");
                }
            }
            boolean complete = chunked ? readChunks() : length > 0 && in.readNBytes((int) length).length == length;
            return new Answer(status + (complete ? " complete" : " truncated"), closes);
        } catch (SocketTimeoutException silence) {
            return new Answer("no answer", true);
        }
    }

    private boolean readChunks() throws IOException {
        for (String size = line(); size != null; size = line()) {
            int length = HexFormat.fromHexDigits(size.split(";")[0].trim());
            if (length == 0) {
                return "".equals(line());
            }
            if (in.readNBytes(length).length != length || !"".equals(line())) {
                return false;
            }
        }
        return false;
    }

    private static String value(String header) {
        return header.substring(header.indexOf(':') + 1).trim();
    }

    /** One line without its CRLF, or null when the gateway closed the connection before it. */
    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
