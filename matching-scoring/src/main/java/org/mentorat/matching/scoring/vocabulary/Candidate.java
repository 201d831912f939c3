package org.mentorat.matching.scoring.vocabulary;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What scoring knows about one side of a pair, mentor or mentee. Kept apart from the events so that
 * scoring can be tested and reused without the wire format; {@code EventCandidates} maps them.
 *
 * @param seniorityLevel 1 (entry) to 10 (executive), null when unknown
 * @param topics for a mentor the topics offered, for a mentee the topics wanted
 * @param style for a mentor how they mentor, for a mentee the style they want; null when not said
 * @param slots weekly slots in {@code timeZone}; empty when not said
 * @param hoursPerMonth null when not said
 * @param preferredKinds questionnaire picks (FORMAL, INFORMAL, …), best first
 * @param expectations questionnaire picks (GUIDANCE, FEEDBACK, …): what a mentee expects, or what a
 *     mentor wants to give
 */
public record Candidate(
        String personId,
        String employeeNumber,
        String managerEmployeeNumber,
        String department,
        Integer seniorityLevel,
        List<String> languages,
        List<Skill> skills,
        List<String> topics,
        String goals,
        String style,
        String location,
        boolean remoteOk,
        ZoneId timeZone,
        List<Slot> slots,
        Integer hoursPerMonth,
        List<String> preferredKinds,
        List<String> expectations) {

    public Candidate {
        Objects.requireNonNull(personId, "personId");
        if (seniorityLevel != null && (seniorityLevel < 1 || seniorityLevel > 10)) {
            throw new IllegalArgumentException("seniority level must be 1 to 10: " + seniorityLevel);
        }
        languages = copy(languages);
        skills = copy(skills);
        topics = copy(topics);
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        slots = copy(slots);
        preferredKinds = copy(preferredKinds);
        expectations = copy(expectations);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
