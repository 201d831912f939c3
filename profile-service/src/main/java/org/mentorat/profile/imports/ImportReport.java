package org.mentorat.profile.imports;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where one running import reports: its record (status, counts, progress), its row reports, and
 * the rows-by-outcome counter that operators watch.
 */
final class ImportReport {

    private final String tenantId;
    private final String importId;
    private final ImportStore imports;
    private final ImportRowStore rows;
    private final MeterRegistry meters;

    ImportReport(String tenantId, String importId, ImportStore imports, ImportRowStore rows, MeterRegistry meters) {
        this.tenantId = tenantId;
        this.importId = importId;
        this.imports = imports;
        this.rows = rows;
        this.meters = meters;
    }

    void write(List<RowResult> batch, ImportView.Counts counts, long bytesRead) {
        rows.write(tenantId, batch);
        batch.stream().collect(Collectors.groupingBy(RowResult::outcome, Collectors.counting()))
                .forEach((outcome, count) -> meters.counter("mentorat.imports.rows", "outcome", outcome.name())
                        .increment(count));
        imports.progress(tenantId, importId, counts, bytesRead);
    }

    /** The first row of this import that used the employee number, if any was written. */
    Optional<Long> firstRowWith(String employeeNumber) {
        return rows.firstRowWith(tenantId, importId, employeeNumber);
    }

    void complete(ImportView.Counts counts) {
        imports.complete(tenantId, importId, counts);
    }

    void fail(ImportView.Counts counts, String failure) {
        imports.fail(tenantId, importId, counts, failure);
    }
}
