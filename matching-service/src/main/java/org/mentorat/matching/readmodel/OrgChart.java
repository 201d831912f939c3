package org.mentorat.matching.readmodel;

import java.util.Collection;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.springframework.stereotype.Service;

/** Who reports to whom, as the reporting-line rule needs it. */
@Service
public class OrgChart {

    private final OrgChartStore store;

    OrgChart(OrgChartStore store) {
        this.store = store;
    }

    /** The reporting lines above these employees, {@code levels} managers up. */
    public ReportingLines linesAbove(String tenantId, Collection<String> employeeNumbers, int levels) {
        return store.linesAbove(tenantId, employeeNumbers, levels);
    }
}
