package org.mentorat.solver.graph;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A comma-separated file read record by record straight from its bytes, without a String or a
 * split per line: graph files run to tens of millions of lines. Lines end in LF or CRLF; blank
 * lines are skipped; each field is trimmed of spaces, tabs and the CR; a first record whose last
 * field is the header word, in any case, is skipped. Errors name the file and the line.
 */
final class CsvLines implements Closeable {

    static final int BUFFER_SIZE = 1 << 20;

    private final Path file;
    private final InputStream in;
    private final int fieldCount;
    private final byte[] headerWord;
    private final int[] fieldFrom;
    private final int[] fieldTo;
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean endOfInput;
    private int lineNumber;
    private int lineFrom;
    private int lineTo;
    private boolean pastFirstRecord;

    CsvLines(Path file, int fieldCount, String headerWord) throws IOException {
        this(file, fieldCount, headerWord, BUFFER_SIZE);
    }

    CsvLines(Path file, int fieldCount, String headerWord, int bufferSize) throws IOException {
        this.file = file;
        this.in = Files.newInputStream(file);
        this.fieldCount = fieldCount;
        this.headerWord = headerWord.getBytes(StandardCharsets.US_ASCII);
        this.fieldFrom = new int[fieldCount];
        this.fieldTo = new int[fieldCount];
        this.buffer = new byte[bufferSize];
    }

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException {
        while (nextLine()) {
            if (!blank()) {
                split();
                boolean header = !pastFirstRecord && isHeader();
                pastFirstRecord = true;
                if (!header) {
                    return true;
                }
            }
        }
        return false;
    }

    byte[] bytes() {
        return buffer;
    }

    int from(int field) {
        return fieldFrom[field];
    }

    int to(int field) {
        return fieldTo[field];
    }

    String text(int field) {
        return new String(buffer, fieldFrom[field], fieldTo[field] - fieldFrom[field], StandardCharsets.UTF_8);
    }

    /** The field as a whole number ≥ 0; {@code name} says what it is in an error. */
    int count(int field, String name) {
        try {
            return FieldNumbers.count(buffer, fieldFrom[field], fieldTo[field]);
        } catch (NumberFormatException e) {
            throw error(name + " " + e.getMessage() + ": " + text(field));
        }
    }

    /** The field as a score in [0, 1], in millionths. */
    int millionths(int field) {
        try {
            return FieldNumbers.millionths(buffer, fieldFrom[field], fieldTo[field]);
        } catch (NumberFormatException e) {
            throw error("score " + e.getMessage() + ": " + text(field));
        }
    }

    IllegalArgumentException error(String message) {
        return new IllegalArgumentException(file + " line " + lineNumber + ": " + message);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean nextLine() throws IOException {
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

    private boolean startLine(int end, int nextPosition) {
        lineFrom = position;
        lineTo = end;
        position = nextPosition;
        lineNumber++;
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

    private boolean blank() {
        for (int i = lineFrom; i < lineTo; i++) {
            if ((buffer[i] & 0xFF) > ' ') {
                return false;
            }
        }
        return true;
    }

    private void split() {
        int field = 0;
        int from = lineFrom;
        for (int i = lineFrom; i <= lineTo; i++) {
            if (i == lineTo || buffer[i] == ',') {
                if (field == fieldCount) {
                    throw wrongFieldCount();
                }
                trim(field++, from, i);
                from = i + 1;
            }
        }
        if (field != fieldCount) {
            throw wrongFieldCount();
        }
    }

    private void trim(int field, int from, int to) {
        while (from < to && buffer[from] <= ' ' && buffer[from] >= 0) {
            from++;
        }
        while (to > from && buffer[to - 1] <= ' ' && buffer[to - 1] >= 0) {
            to--;
        }
        fieldFrom[field] = from;
        fieldTo[field] = to;
    }

    private IllegalArgumentException wrongFieldCount() {
        String line = new String(buffer, lineFrom, lineTo - lineFrom, StandardCharsets.UTF_8).strip();
        return error("expected " + fieldCount + " comma-separated fields, got: " + line);
    }

    private boolean isHeader() {
        int last = fieldCount - 1;
        if (fieldTo[last] - fieldFrom[last] != headerWord.length) {
            return false;
        }
        for (int i = 0; i < headerWord.length; i++) {
            if (Character.toLowerCase(buffer[fieldFrom[last] + i]) != headerWord[i]) {
                return false;
            }
        }
        return true;
    }
}
