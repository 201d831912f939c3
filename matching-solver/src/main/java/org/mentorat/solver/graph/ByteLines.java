package org.mentorat.solver.graph;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A stream read line by line into one buffer, without a String per line. A line is the range
 * {@code from()..to()} of {@code bytes()} (LF excluded, a CR kept) until the next call to {@link
 * #next()}, which may move or replace the buffer; a line longer than the buffer grows it.
 */
final class ByteLines implements Closeable {

    private final InputStream in;
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean endOfInput;
    private int number;
    private int from;
    private int to;

    ByteLines(InputStream in, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scan = position;
        while (true) {
            for (int i = scan; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return startLine(i, i + 1);
                }
            }
            if (endOfInput) {
                return position < limit && startLine(limit, limit);
            }
            int scanned = limit - position;
            fill();
            scan = scanned;
        }
    }

    byte[] bytes() {
        return buffer;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    /** The current line's number, from 1. */
    int number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean startLine(int end, int nextPosition) {
        from = position;
        to = end;
        position = nextPosition;
        number++;
        return true;
    }

    /** Moves the unread bytes to the front, growing the buffer for a line longer than it, and reads more. */
    private void fill() throws IOException {
        int pending = limit - position;
        if (pending == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else {
            System.arraycopy(buffer, position, buffer, 0, pending);
        }
        position = 0;
        limit = pending;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
    }
}
