package org.mentorat.benchmarks.cohort;

import java.util.Random;

/**
 * Seeded people shaped like a large organisation's programme. Skill popularity is Zipf-like over
 * {@link #SKILLS} skills, with demand more concentrated than supply (exponent 1.1 against 0.9), so
 * the popular skills' mentors are contested. Languages overlap (most speak English, many a second
 * language, some only French or Arabic). Departments are of very unequal size; mentees are mostly
 * junior, mentors mostly senior.
 */
final class GeneratedPeople {

    static final int SKILLS = 300;
    static final int TOPICS = 48;
    static final int DEPARTMENTS = 24;
    /** en, fr, ar, de: the share whose first language it is, then the chance of speaking it besides. */
    private static final double[] FIRST_LANGUAGE = {0.55, 0.25, 0.10, 0.10};
    private static final double[] OTHER_LANGUAGE = {0.40, 0.15, 0.05, 0.08};
    /** Seniority 1 (junior) to 6 (principal). */
    private static final double[] MENTEE_SENIORITY = {0, 0.35, 0.30, 0.20, 0.10, 0.05, 0};
    private static final double[] MENTOR_SENIORITY = {0, 0, 0.05, 0.20, 0.35, 0.25, 0.15};
    /** Share of mentees whose programme asks for a mentor from another department. */
    private static final double OTHER_DEPARTMENT_ONLY = 0.3;

    private final Random random;
    private final Zipf wanted = new Zipf(SKILLS, 1.1);
    private final Zipf offered = new Zipf(SKILLS, 0.9);
    private final Zipf topics = new Zipf(TOPICS, 0.8);
    private final Zipf departments = new Zipf(DEPARTMENTS, 0.7);

    GeneratedPeople(Random random) {
        this.random = random;
    }

    /** Wants 2–4 skills, now at level 1–3. */
    Person mentee() {
        int[] skills = wanted.distinct(random, 2 + random.nextInt(3));
        int[] levels = levels(skills.length, 1, 3);
        int[] languages = languages();
        return new Person(departments.next(random), pick(MENTEE_SENIORITY), languages[0], languages[1], skills,
                levels, topics(), random.nextDouble() < OTHER_DEPARTMENT_ONLY);
    }

    /** Offers 3–6 skills at level 3–5. */
    Person mentor() {
        int[] skills = offered.distinct(random, 3 + random.nextInt(4));
        int[] levels = levels(skills.length, 3, 5);
        int[] languages = languages();
        return new Person(departments.next(random), pick(MENTOR_SENIORITY), languages[0], languages[1], skills,
                levels, topics(), false);
    }

    private int[] levels(int count, int lowest, int highest) {
        int[] levels = new int[count];
        for (int i = 0; i < count; i++) {
            levels[i] = lowest + random.nextInt(highest - lowest + 1);
        }
        return levels;
    }

    /** The language set as bits, and the first language. */
    private int[] languages() {
        int first = pick(FIRST_LANGUAGE);
        int set = 1 << first;
        for (int language = 0; language < OTHER_LANGUAGE.length; language++) {
            if (random.nextDouble() < OTHER_LANGUAGE[language]) {
                set |= 1 << language;
            }
        }
        return new int[] {set, first};
    }

    /** 3–8 interest topics. */
    private long topics() {
        long set = 0;
        for (int topic : topics.distinct(random, 3 + random.nextInt(6))) {
            set |= 1L << topic;
        }
        return set;
    }

    private int pick(double[] shares) {
        double draw = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
