package org.mentorat.profile.program;

/** A cohort run either maximises the total score, or first matches as many mentees as it can. */
enum OptimizeFor {
    QUALITY, COVERAGE
}
