package org.mentorat.profile.imports;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.RequestValidation;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.people.People;
import org.mentorat.profile.web.Page;
import org.springframework.stereotype.Service;

/**
 * Accepts CSV uploads and runs them in the background on a bounded pool: the request only spools
 * the body to disk and checks the header, so a 100,000-row file does not hold the request.
 */
@Service
public class Importer {

    private final People people;
    private final RequestValidation validation;
    private final ImportStore imports;
    private final ImportRowStore rows;
    private final ImportProperties properties;
    private final MeterRegistry meters;
    private final ThreadPoolExecutor workers;

    Importer(People people, RequestValidation validation, ImportStore imports, ImportRowStore rows,
            ImportProperties properties, MeterRegistry meters) {
        this.people = people;
        this.validation = validation;
        this.imports = imports;
        this.rows = rows;
        this.properties = properties;
        this.meters = meters;
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()),
                Thread.ofPlatform().name("csv-import-", 1).daemon().factory());
    }

    ImportView start(Caller caller, InputStream body, long declaredLength, Charset charset, boolean dryRun)
            throws IOException {
        Path file = CsvFile.spool(body, declaredLength, spoolDirectory(), properties.maxUploadSize().toBytes());
        boolean handedOver = false;
        try {
            CsvHeader header = CsvFile.header(file, charset);
            String id = EventIds.next();
            imports.create(caller.tenantId(), id, caller.subject(), dryRun, Files.size(file), header.warnings());
            ImportRun.Job job = new ImportRun.Job(caller.tenantId(), id, file, Files.size(file), charset, dryRun,
                    header);
            try {
                workers.execute(new ImportRun(job,
                        new RowImporter(people, validation, caller.tenantId(), id, header, dryRun),
                        new ImportReport(caller.tenantId(), id, imports, rows, meters), properties));
                handedOver = true;
            } catch (RejectedExecutionException e) {
                imports.delete(caller.tenantId(), id);
                throw new ImportsBusyException(properties.workers() + properties.queueCapacity());
            }
            return view(caller, id);
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    ImportView view(Caller caller, String id) {
        return imports.find(caller.tenantId(), id).orElseThrow(() -> new ResourceNotFoundException("import", id));
    }

    Page<RowResult> rows(Caller caller, String id, RowOutcome outcome, int page, int size) {
        view(caller, id);
        return rows.page(caller.tenantId(), id, outcome, page, size);
    }

    /** Every reported row about this employee number, for a personal-data export. */
    public List<RowResult> rowsMentioning(String tenantId, String employeeNumber) {
        return rows.mentioning(tenantId, employeeNumber);
    }

    /** Deletes every reported row about this employee number (erasure); returns how many. */
    public long forgetRowsMentioning(String tenantId, String employeeNumber) {
        return rows.forget(tenantId, employeeNumber);
    }

    private Path spoolDirectory() throws IOException {
        String configured = properties.spoolDirectory();
        Path directory = Path.of(configured == null || configured.isBlank()
                ? System.getProperty("java.io.tmpdir") : configured);
        return Files.createDirectories(directory);
    }

    /** Running imports see the interrupt, record why they stopped and delete their file. */
    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Every worker is busy and the queue is full. */
    static final class ImportsBusyException extends RuntimeException {

        ImportsBusyException(int capacity) {
            super("Already " + capacity + " imports are running or waiting; try again in a minute.");
        }
    }
}
