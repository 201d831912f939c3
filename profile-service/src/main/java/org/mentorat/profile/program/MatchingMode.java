package org.mentorat.profile.program;

/** Who makes the matches: mentees choose among suggestions, or an administrator runs the cohort. */
enum MatchingMode {
    MENTEE_CHOOSES, ADMIN_COHORT
}
