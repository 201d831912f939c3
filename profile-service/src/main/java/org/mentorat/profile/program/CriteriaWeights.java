package org.mentorat.profile.program;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import org.mentorat.events.profile.ProgramPublished;

/** How much each criterion counts in a pair's score; missing weights take the defaults. */
record CriteriaWeights(
        @PositiveOrZero @DecimalMax("100") Double skills,
        @PositiveOrZero @DecimalMax("100") Double goals,
        @PositiveOrZero @DecimalMax("100") Double languages,
        @PositiveOrZero @DecimalMax("100") Double availability,
        @PositiveOrZero @DecimalMax("100") Double seniority,
        @PositiveOrZero @DecimalMax("100") Double style,
        @PositiveOrZero @DecimalMax("100") Double location,
        @PositiveOrZero @DecimalMax("100") Double departmentDiversity) {

    static final CriteriaWeights DEFAULTS = new CriteriaWeights(3.0, 2.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.5);

    CriteriaWeights withDefaults() {
        CriteriaWeights d = DEFAULTS;
        return new CriteriaWeights(or(skills, d.skills), or(goals, d.goals), or(languages, d.languages),
                or(availability, d.availability), or(seniority, d.seniority), or(style, d.style),
                or(location, d.location), or(departmentDiversity, d.departmentDiversity));
    }

    double total() {
        return skills + goals + languages + availability + seniority + style + location + departmentDiversity;
    }

    ProgramPublished.CriteriaWeights published() {
        return new ProgramPublished.CriteriaWeights(skills, goals, languages, availability, seniority, style,
                location, departmentDiversity);
    }

    private static Double or(Double value, Double fallback) {
        return value == null ? fallback : value;
    }
}
