package org.mentorat.profile.imports;

/** What an import did (or, in a dry run, would do) with one row. */
public enum RowOutcome {
    CREATED, UPDATED, UNCHANGED, REJECTED
}
