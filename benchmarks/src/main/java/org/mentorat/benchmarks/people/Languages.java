package org.mentorat.benchmarks.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A generated person's languages, as in a European company with an English-speaking side. */
public final class Languages {

    private Languages() {
    }

    /** en 70 %, fr 35 %, ar 10 %, de 10 %, overlapping; en or fr when none came up. */
    public static List<String> draw(Random random) {
        List<String> languages = new ArrayList<>();
        if (random.nextDouble() < 0.70) {
            languages.add("en");
        }
        if (random.nextDouble() < 0.35) {
            languages.add("fr");
        }
        if (random.nextDouble() < 0.10) {
            languages.add("ar");
        }
        if (random.nextDouble() < 0.10) {
            languages.add("de");
        }
        return languages.isEmpty() ? List.of(random.nextBoolean() ? "en" : "fr") : languages;
    }
}
