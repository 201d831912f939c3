package org.mentorat.profile.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxUploadSize the largest CSV file accepted (over it: 413)
 * @param spoolDirectory where uploads wait while they are imported; the system's temp dir if unset
 * @param workers imports that run at once (each is sequential within itself)
 * @param queueCapacity imports that may wait for a worker; beyond it a new one is refused with 503
 * @param batchSize per-row results written to the database in one bulk write
 * @param progressLogInterval rows between two progress lines in the log
 */
@ConfigurationProperties("mentorat.imports")
record ImportProperties(
        @DefaultValue("200MB") DataSize maxUploadSize,
        String spoolDirectory,
        @DefaultValue("1") int workers,
        @DefaultValue("4") int queueCapacity,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10000") int progressLogInterval) {
}
