package org.mentorat.benchmarks.cohort;

/**
 * One generated person, reduced to what the hard rules and the score read. A mentee's skills are
 * those it wants to grow, in order of importance, with its current level; a mentor's are those it
 * offers to teach, with its level (1–5). Languages (en, fr, ar, de) and interest topics are bit sets.
 */
record Person(int department, int seniority, int languages, int firstLanguage, int[] skills, int[] levels,
        long topics, boolean otherDepartmentOnly) {
}
