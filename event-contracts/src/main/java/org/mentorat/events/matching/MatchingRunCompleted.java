package org.mentorat.events.matching;

import java.time.Instant;
import java.util.Map;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A cohort run finished computing its assignment, which now waits as a draft for an administrator
 * to review and publish. Carries the figures a program manager looks at. Subject: the run id.
 *
 * @param optimizeFor {@code QUALITY} or {@code COVERAGE}
 * @param unmatchedByReason how many mentees were left out, per reason ({@code NO_ALLOWED_MENTOR},
 *     {@code CAPACITY_TAKEN})
 * @param meanScore mean score of the proposed pairs; null when none
 * @param minScore lowest score of the proposed pairs; null when none
 */
@EventType(MatchingRunCompleted.TYPE)
public record MatchingRunCompleted(
        String runId,
        String programId,
        String optimizeFor,
        int mentees,
        int matched,
        int unmatched,
        Map<String, Integer> unmatchedByReason,
        Double totalScore,
        Double meanScore,
        Double minScore,
        Instant completedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.matching.matching-run-completed.v1";
}
