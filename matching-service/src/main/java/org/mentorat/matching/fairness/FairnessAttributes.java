package org.mentorat.matching.fairness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mentorat.matching.scoring.vocabulary.Candidate;

/**
 * The attributes matching knows of a mentee and can group them by. Department, location and
 * seniority are always reported; the others when the tenant marks them as protected. Attributes
 * that profile events do not carry (gender, age, …) cannot be reported here.
 */
enum FairnessAttributes {
    DEPARTMENT("department", Candidate::department),
    LOCATION("location", Candidate::location),
    SENIORITY("seniority", c -> c.seniorityLevel() == null ? null : String.valueOf(c.seniorityLevel())),
    LANGUAGE("language", c -> c.languages().isEmpty() ? null : c.languages().get(0)),
    TIME_ZONE("timeZone", c -> c.timeZone().getId()),
    REMOTE("remote", c -> c.remoteOk() ? "remote" : "on-site");

    static final List<String> ALWAYS = List.of("department", "location", "seniority");

    private final String attribute;
    private final Function<Candidate, String> value;

    FairnessAttributes(String attribute, Function<Candidate, String> value) {
        this.attribute = attribute;
        this.value = value;
    }

    static boolean known(String attribute) {
        return List.of(values()).stream().anyMatch(a -> a.attribute.equals(attribute));
    }

    static List<String> names() {
        return List.of(values()).stream().map(a -> a.attribute).toList();
    }

    static Map<String, String> of(Candidate candidate) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (FairnessAttributes attribute : values()) {
            attributes.put(attribute.attribute, attribute.value.apply(candidate));
        }
        return attributes;
    }
}
