package org.mentorat.matching.scoring.vocabulary;

/** The criteria a pair is scored on; each yields a value in [0, 1] that the program weights. */
public enum Criterion {
    SKILLS, GOALS, LANGUAGES, AVAILABILITY, SENIORITY, STYLE, LOCATION, DEPARTMENT_DIVERSITY
}
