package org.mentorat.benchmarks.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Skill names (20 fields × the crafts given, e.g. "data analytics"; 300 with every craft), drawn
 * with Zipf-like popularity (the r-th most popular in proportion to 1/r), so that a few skills are
 * held by most people and most by few. Two-word names give goal keywords partial matches, as real
 * ones do. Shared by the benchmarks that generate people.
 */
public final class SkillVocabulary {

    private static final String[] FIELDS = {"cloud", "data", "product", "people", "security", "mobile", "frontend",
        "backend", "platform", "sales", "finance", "legal", "brand", "ml", "devops", "supply", "customer",
        "quality", "research", "hr"};
    public static final String[] CRAFTS = {"architecture", "strategy", "engineering", "management", "analytics",
        "operations", "leadership", "testing", "design", "planning", "negotiation", "coaching", "compliance",
        "automation", "storytelling"};

    private final List<String> byPopularity = new ArrayList<>();
    private final double[] cumulative;

    public SkillVocabulary(Random random) {
        this(random, CRAFTS);
    }

    /** The names are shuffled with {@code random}, so the vocabulary is part of the seeded run. */
    public SkillVocabulary(Random random, String[] crafts) {
        for (String field : FIELDS) {
            for (String craft : crafts) {
                byPopularity.add(field + " " + craft);
            }
        }
        Collections.shuffle(byPopularity, random);
        cumulative = new double[byPopularity.size()];
        double sum = 0;
        for (int rank = 0; rank < cumulative.length; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
    }

    public String draw(Random random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, point);
        return byPopularity.get(index >= 0 ? index : -index - 1);
    }
}
