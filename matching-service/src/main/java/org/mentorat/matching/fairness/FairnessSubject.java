package org.mentorat.matching.fairness;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One mentee of a program as the fairness report sees them: the attributes to group by (department,
 * location, seniority, language or any attribute the tenant protects), whether they were matched and,
 * if so, the score of their match.
 *
 * @param attributes attribute name to value; a missing, null or blank value puts the mentee in the
 *        group {@value FairnessReport#UNKNOWN_GROUP}
 * @param score the match score, or null when unmatched or not scored; ignored when not matched
 */
public record FairnessSubject(String menteeId, Map<String, String> attributes, boolean matched, Double score) {

    public FairnessSubject {
        Objects.requireNonNull(menteeId, "menteeId");
        // Copied by hand because Map.copyOf refuses the null values this record accepts as "unknown".
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(attributes));
        if (score != null && !Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be a finite number: " + score);
        }
    }

    /** The group this mentee falls in for an attribute: its trimmed value, or the unknown group. */
    String groupOf(String attribute) {
        String value = attributes.get(attribute);
        return value == null || value.isBlank() ? FairnessReport.UNKNOWN_GROUP : value.strip();
    }

    /** The score that counts towards the matched distribution, or null when there is none. */
    Double matchedScore() {
        return matched ? score : null;
    }
}
