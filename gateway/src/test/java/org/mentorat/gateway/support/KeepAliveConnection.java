package org.mentorat.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection used the way simple blocking clients (Python's
 * {@code requests}) use theirs: write a request, read its whole answer, send the next. Kept
 * deliberately low-level so that the test sees exactly whether and how far an answer arrived.
 */
public final class KeepAliveConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public KeepAliveConnection(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout(readTimeoutMillis);
        socket.setTcpNoDelay(true);
        in = new java.io.BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** "200 complete", "429 complete", "... truncated" or "no answer"; the connection is unusable after the last two. */
    public String get(String path, String bearer) throws IOException {
        String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                + "Accept-Encoding: gzip, deflate\r\nConnection: keep-alive\r\nAuthorization: Bearer " + bearer + "\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        try {
            String status = line().split(" ")[1];
            int length = -1;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring("content-length:".length()).trim());
                }
            }
            return status + (length > 0 && in.readNBytes(length).length == length ? " complete" : " truncated");
        } catch (SocketTimeoutException silence) {
            return "no answer";
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed by the gateway");
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
