package org.mentorat.profile.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mentorat.platform.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one import on a worker thread: reads the spooled file record by record, applies each row,
 * and writes the results in batches, updating counts and progress after each batch. Memory stays
 * flat whatever the file's size: one batch of results and 8 bytes per row for duplicate detection.
 */
final class ImportRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    /** What an accepted upload became: the spooled file and its already-validated header. */
    record Job(String tenantId, String importId, Path file, long sizeBytes, Charset charset, boolean dryRun,
            CsvHeader header) {
    }

    private final Job job;
    private final RowImporter importer;
    private final ImportReport report;
    private final ImportProperties properties;
    private final SeenKeys seen = new SeenKeys();
    private final List<RowResult> batch = new ArrayList<>();
    private final Map<RowOutcome, Long> counts = new EnumMap<>(RowOutcome.class);
    private CsvFile.Counting input;

    ImportRun(Job job, RowImporter importer, ImportReport report, ImportProperties properties) {
        this.job = job;
        this.importer = importer;
        this.report = report;
        this.properties = properties;
    }

    @Override
    public void run() {
        try (var tenant = MDC.putCloseable("tenantId", job.tenantId());
                var importId = MDC.putCloseable("importId", job.importId())) {
            log.info("import {} tenant={} started: {} bytes, dryRun={}", job.importId(), job.tenantId(),
                    job.sizeBytes(), job.dryRun());
            String failure = importAll();
            if (failure == null) {
                report.complete(counts());
                log.info("import {} tenant={} completed: {}", job.importId(), job.tenantId(), counts());
            } else {
                report.fail(counts(), failure);
                log.warn("import {} tenant={} failed after {} rows: {}", job.importId(), job.tenantId(),
                        counts().total(), failure);
            }
        } catch (RuntimeException e) {
            log.error("import {} tenant={} stopped by an unexpected error", job.importId(), job.tenantId(), e);
            Thread.interrupted();
            report.fail(counts(), "An internal error stopped the import; it is logged.");
        } finally {
            deleteFile();
        }
    }

    /** @return null when every row has a result, else why the import stopped */
    private String importAll() {
        try {
            input = new CsvFile.Counting(Files.newInputStream(job.file()));
            try (CSVParser parser = CsvFile.open(input, job.charset())) {
                return importAll(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String importAll(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        try {
            records.next();
            while (records.hasNext()) {
                if (Thread.currentThread().isInterrupted()) {
                    Thread.interrupted();
                    flush();
                    return "The service stopped during the import; import the file again.";
                }
                tally(process(records.next()));
            }
        } catch (UncheckedIOException e) {
            flush();
            return "The file is not valid CSV near line " + parser.getCurrentLineNumber() + ": "
                    + e.getCause().getMessage();
        }
        flush();
        return null;
    }

    private RowResult process(CSVRecord record) {
        ParsedRow row = ParsedRow.of(record, job.header());
        String employeeNumber = row.employeeNumber();
        if (employeeNumber != null && !seen.add(employeeNumber)) {
            Optional<Long> earlier = earlierRow(employeeNumber);
            if (earlier.isPresent()) {
                return importer.rejected(row, List.of(new FieldError("employeeNumber",
                        "appears again in this file (first at row " + earlier.get() + "); this row was skipped")));
            }
        }
        return importer.apply(row);
    }

    /** The fingerprint set may (rarely) be wrong about a key; the rows written so far are not. */
    private Optional<Long> earlierRow(String employeeNumber) {
        return batch.stream().filter(result -> employeeNumber.equals(result.employeeNumber())).map(RowResult::row)
                .findFirst()
                .or(() -> report.firstRowWith(employeeNumber));
    }

    private void tally(RowResult result) {
        counts.merge(result.outcome(), 1L, Long::sum);
        batch.add(result);
        if (batch.size() >= properties.batchSize()) {
            flush();
        }
        long done = counts().total();
        if (done % properties.progressLogInterval() == 0) {
            log.info("import {} tenant={} progress: {} rows, {} of {} bytes, {}", job.importId(), job.tenantId(),
                    done, input.count(), job.sizeBytes(), counts());
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        report.write(batch, counts(), input.count());
        batch.clear();
    }

    private ImportView.Counts counts() {
        return new ImportView.Counts(counts.getOrDefault(RowOutcome.CREATED, 0L),
                counts.getOrDefault(RowOutcome.UPDATED, 0L), counts.getOrDefault(RowOutcome.UNCHANGED, 0L),
                counts.getOrDefault(RowOutcome.REJECTED, 0L));
    }

    private void deleteFile() {
        try {
            Files.deleteIfExists(job.file());
        } catch (IOException e) {
            log.warn("could not delete the spooled import file {}: {}", job.file(), e.toString());
        }
    }
}
