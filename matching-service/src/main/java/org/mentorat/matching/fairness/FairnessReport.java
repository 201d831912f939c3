package org.mentorat.matching.fairness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How evenly a program's matching treated its mentees, attribute by attribute: per group, how many
 * were matched, how well, and whether the group's match rate falls under four fifths of the best
 * group's (the "four-fifths rule" of adverse-impact screening).
 */
public record FairnessReport(List<AttributeFairness> attributes) {

    /** The group of mentees whose value for an attribute is missing or blank. */
    public static final String UNKNOWN_GROUP = "unknown";

    public FairnessReport {
        attributes = List.copyOf(attributes);
    }

    /**
     * Computes the report for the given attributes, in the order given (a name repeated is reported once).
     *
     * @throws IllegalArgumentException if an attribute name is blank or a mentee appears twice
     */
    public static FairnessReport of(List<FairnessSubject> subjects, List<String> attributeNames) {
        Set<String> menteeIds = new HashSet<>();
        for (FairnessSubject subject : subjects) {
            if (!menteeIds.add(subject.menteeId())) {
                throw new IllegalArgumentException("mentee listed twice: " + subject.menteeId());
            }
        }
        List<AttributeFairness> reports = new ArrayList<>();
        for (String attribute : new LinkedHashSet<>(attributeNames)) {
            if (attribute == null || attribute.isBlank()) {
                throw new IllegalArgumentException("attribute name must not be blank");
            }
            reports.add(AttributeFairness.of(attribute, subjects));
        }
        return new FairnessReport(reports);
    }
}
