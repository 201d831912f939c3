package org.mentorat.events.profile;

/**
 * A skill under its canonical name in the tenant's taxonomy, with the person's level from 1
 * (beginner) to 5 (expert).
 */
public record SkillLevel(String name, int level) {
}
