package org.mentorat.session.health;

import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/** Reads a program's report: one document, whatever the program's size. */
@Service
class ProgramReports {

    private final ProgramReportStore reports;

    ProgramReports(ProgramReportStore reports) {
        this.reports = reports;
    }

    /** A program of another tenant is answered like a missing one. */
    ProgramReport of(Caller caller, String programId) {
        return reports.find(caller.tenantId(), programId).map(ProgramReport::of)
                .orElseThrow(() -> new ResourceNotFoundException("program", programId));
    }
}
