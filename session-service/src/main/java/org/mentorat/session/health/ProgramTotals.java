package org.mentorat.session.health;

import java.util.Map;
import java.util.SortedMap;

/**
 * A program's report document as stored: the raw counters the figures derive from.
 *
 * @param months per {@code YYYY-MM}: sessions held and their minutes
 * @param firstSessionDays how many mentorships had their first session so many days after they started
 */
record ProgramTotals(
        String tenantId,
        String programId,
        String name,
        Integer stallAfterDays,
        Map<String, Long> mentorships,
        SortedMap<String, long[]> months,
        Map<String, Long> goals,
        Map<String, Long> ratings,
        Map<String, Long> survey,
        SortedMap<Integer, Long> firstSessionDays) {

    long mentorships(String status) {
        return mentorships.getOrDefault(status, 0L);
    }
}
