package org.mentorat.matching.matchingrun;

import java.util.Map;

/** What a program manager looks at before publishing: how many matched, who did not and why, and how good. */
public record RunFigures(int mentees, int matched, int unmatched, Map<String, Integer> unmatchedByReason,
        Double totalScore, Double meanScore, Double minScore) {
}
