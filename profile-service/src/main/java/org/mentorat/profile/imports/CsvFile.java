package org.mentorat.profile.imports;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.PayloadTooLargeException;

/**
 * An uploaded CSV file on disk: the request body is copied there first (never held in memory) and
 * then read as a stream of records, RFC 4180 style (comma, double quotes), a UTF-8 BOM skipped.
 */
final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final int BUFFER = 64 * 1024;

    private CsvFile() {
    }

    /** Copies the body into a new file in {@code directory}, refusing more than {@code maxBytes}. */
    static Path spool(InputStream body, long declaredLength, Path directory, long maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
        }
        Path file = Files.createTempFile(directory, "import-", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int read; (read = body.read(buffer)) >= 0; ) {
                total += read;
                if (total > maxBytes) {
                    throw new PayloadTooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** Reads and resolves the header row only: a file that cannot be imported is refused up front. */
    static CsvHeader header(Path file, Charset charset) throws IOException {
        try (CSVParser parser = open(Files.newInputStream(file), charset)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidRequestException(List.of(new FieldError("header",
                        "the file is empty; its first row must name the columns")));
            }
            return CsvHeader.of(records.next().toList());
        } catch (UncheckedIOException e) {
            throw new InvalidRequestException(List.of(new FieldError("header", "is not valid CSV")));
        }
    }

    static CSVParser open(InputStream in, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), BUFFER);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    }

    /** Counts the bytes read from the file, for the import's progress. */
    static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count++;
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
