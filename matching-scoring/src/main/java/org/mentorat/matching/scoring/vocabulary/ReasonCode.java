package org.mentorat.matching.scoring.vocabulary;

/** Stable codes for what made a pair good, shown with a short sentence to mentees and administrators. */
public enum ReasonCode {
    SHARED_TOPICS,
    GOALS_MATCH,
    SHARED_LANGUAGE,
    AVAILABILITY_OVERLAP,
    SENIORITY_FIT,
    STYLE_FIT,
    SHARED_EXPECTATIONS,
    SAME_LOCATION,
    REMOTE_FRIENDLY,
    DIVERSE_DEPARTMENTS,
    SAME_DEPARTMENT
}
