package org.mentorat.profile.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A skill as the person named it, with a level from 1 (beginner) to 5 (expert). Its canonical
 * name comes from the tenant's taxonomy, so that "java" and "JVM" both count as "Java".
 */
public record Skill(@NotBlank @Size(max = 100) String name, @Min(1) @Max(5) int level) {
}
