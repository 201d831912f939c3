package org.mentorat.matching.scoring.vocabulary;

/** A skill under its canonical taxonomy name, with a level from 1 (beginner) to 5 (expert). */
public record Skill(String name, int level) {

    public Skill {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a skill needs a name");
        }
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("skill level must be 1 to 5: " + level);
        }
    }
}
