package org.mentorat.profile.imports;

/** An import runs until every row has a result, or it fails as a whole (malformed CSV, shutdown). */
enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
