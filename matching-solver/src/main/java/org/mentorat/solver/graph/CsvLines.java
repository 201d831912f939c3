package org.mentorat.solver.graph;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A comma-separated file read record by record straight from its bytes ({@link ByteLines}), without
 * a String or a split per line: graph files run to tens of millions of lines. Lines end in LF or
 * CRLF; blank lines are skipped; each field is trimmed of spaces, tabs and the CR; a first record
 * whose last field is the header word, in any case, is skipped. Errors name the file and the line.
 */
final class CsvLines implements Closeable {

    static final int BUFFER_SIZE = 1 << 20;

    private final Path file;
    private final ByteLines lines;
    private final int fieldCount;
    private final byte[] headerWord;
    private final int[] fieldFrom;
    private final int[] fieldTo;
    private boolean pastFirstRecord;

    CsvLines(Path file, int fieldCount, String headerWord) throws IOException {
        this(file, fieldCount, headerWord, BUFFER_SIZE);
    }

    CsvLines(Path file, int fieldCount, String headerWord, int bufferSize) throws IOException {
        this.file = file;
        this.lines = new ByteLines(Files.newInputStream(file), bufferSize);
        this.fieldCount = fieldCount;
        this.headerWord = headerWord.getBytes(StandardCharsets.US_ASCII);
        this.fieldFrom = new int[fieldCount];
        this.fieldTo = new int[fieldCount];
    }

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException {
        while (lines.next()) {
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
        return lines.bytes();
    }

    int from(int field) {
        return fieldFrom[field];
    }

    int to(int field) {
        return fieldTo[field];
    }

    String text(int field) {
        return new String(bytes(), fieldFrom[field], fieldTo[field] - fieldFrom[field], StandardCharsets.UTF_8);
    }

    /** The field as a whole number ≥ 0; {@code name} says what it is in an error. */
    int count(int field, String name) {
        try {
            return FieldNumbers.count(bytes(), fieldFrom[field], fieldTo[field]);
        } catch (NumberFormatException e) {
            throw error(name + " " + e.getMessage() + ": " + text(field));
        }
    }

    /** The field as a score in [0, 1], in millionths. */
    int millionths(int field) {
        try {
            return FieldNumbers.millionths(bytes(), fieldFrom[field], fieldTo[field]);
        } catch (NumberFormatException e) {
            throw error("score " + e.getMessage() + ": " + text(field));
        }
    }

    IllegalArgumentException error(String message) {
        return new IllegalArgumentException(file + " line " + lines.number() + ": " + message);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    private boolean blank() {
        byte[] buffer = bytes();
        for (int i = lines.from(); i < lines.to(); i++) {
            if ((buffer[i] & 0xFF) > ' ') {
                return false;
            }
        }
        return true;
    }

    private void split() {
        byte[] buffer = bytes();
        int field = 0;
        int from = lines.from();
        for (int i = lines.from(); i <= lines.to(); i++) {
            if (i == lines.to() || buffer[i] == ',') {
                if (field == fieldCount) {
                    throw wrongFieldCount();
                }
                trim(buffer, field++, from, i);
                from = i + 1;
            }
        }
        if (field != fieldCount) {
            throw wrongFieldCount();
        }
    }

    private void trim(byte[] buffer, int field, int from, int to) {
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
        String line = new String(bytes(), lines.from(), lines.to() - lines.from(), StandardCharsets.UTF_8).strip();
        return error("expected " + fieldCount + " comma-separated fields, got: " + line);
    }

    private boolean isHeader() {
        byte[] buffer = bytes();
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
