package org.mentorat.matching.matchingrun;

/** RUNNING → DRAFT (reviewed) → PUBLISHING → PUBLISHED; a draft may be DISCARDED instead. */
public enum RunStatus {
    RUNNING, DRAFT, PUBLISHING, PUBLISHED, DISCARDED, FAILED
}
