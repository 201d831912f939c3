package org.mentorat.matching.scoring;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.Slot;
import org.mentorat.matching.scoring.vocabulary.Weights;

/**
 * Object mother for seeded random programs and populations, built with {@link People}. Values come
 * from small vocabularies with the variations people type (case, spaces, blanks, duplicates,
 * unknowns), so that ties, exclusions and every branch of every criterion occur often.
 */
public final class Populations {

    private static final String[] TOPICS = {"java", "Kafka", " kafka ", "leadership", "SQL", "design",
        "public speaking", "C++", "négociation"};
    private static final String[] GOAL_WORDS = {"java", "kafka", "leadership", "sql", "design", "public",
        "speaking", "c++", "négociation", "the", "and", "learn", "career", "growth"};
    private static final String[] LANGUAGES = {"fr", "en", " EN ", "ar", "de"};
    private static final String[] STYLES = {"DIRECTIVE", "coaching", "COACHING", "COLLABORATIVE", "Flexible", " "};
    private static final String[] PICKS = {"FORMAL", "informal", "GROUP", "GUIDANCE", "FEEDBACK", "network"};
    private static final String[] ZONES = {"Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC"};
    private static final String[] PLACES = {"Paris", "paris ", "Lyon", "Casablanca", ""};
    private static final String[] DEPARTMENTS = {"Engineering", "engineering", "Sales", "Finance", " "};

    private final Random random;
    private final Map<String, String> managers = new HashMap<>();
    private final String[] topics;
    private final String[] goalWords;
    private final String[] languages;
    private final String[] picks;

    Populations(long seed) {
        this(seed, false);
    }

    /** With {@code wide}, every list also draws from 100 more values, so that keys outnumber 64. */
    public Populations(long seed, boolean wide) {
        this.random = new Random(seed);
        this.topics = widen(TOPICS, "topic", wide);
        this.goalWords = widen(GOAL_WORDS, "topic", wide);
        this.languages = widen(LANGUAGES, "lang", wide);
        this.picks = widen(PICKS, "pick", wide);
    }

    private static String[] widen(String[] values, String prefix, boolean wide) {
        if (!wide) {
            return values;
        }
        String[] wider = java.util.Arrays.copyOf(values, values.length + 100);
        for (int i = 0; i < 100; i++) {
            wider[values.length + i] = prefix + i;
        }
        return wider;
    }

    public List<Candidate> people(String prefix, int count) {
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(person(prefix + i));
        }
        return people;
    }

    /**
     * Manager chains over employee numbers E0..E59, some given on the person, the rest here; a
     * mentee and a mentor may share a number, as one person on both sides of a peer program.
     */
    public ReportingLines lines() {
        return ReportingLines.of(managers);
    }

    public ProgramRules program() {
        ProgramType type = pick(ProgramType.values());
        Integer min = random.nextInt(3) == 0 ? random.nextInt(4) - 2 : null;
        Integer max = random.nextInt(3) == 0 ? (min == null ? 0 : min) + random.nextInt(5) : null;
        return new ProgramRules(type, weights(), random.nextInt(4), random.nextBoolean(),
                pick(DepartmentPolicy.values()), min, max);
    }

    public int[] seats(int count) {
        int[] seats = new int[count];
        for (int i = 0; i < count; i++) {
            seats[i] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
        }
        return seats;
    }

    /** Declines and blocks between random mentees and mentors of the given prefixes. */
    /** A random program and its people, drawn in a fixed order so that a seed always gives the same. */
    public record Drawn(List<Candidate> mentors, List<Candidate> mentees, int[] seats, ReportingLines lines,
            PairHistory history, ProgramRules program) {
    }

    /** Mentors m0…, mentees e0…, their seats and lines, a history among the first {@code historyPeople} of each, a program. */
    public Drawn draw(int mentorCount, int menteeCount, int historyPeople, int historyPairs) {
        List<Candidate> mentors = people("m", mentorCount);
        List<Candidate> mentees = people("e", menteeCount);
        int[] seats = seats(mentorCount);
        ReportingLines lines = lines();
        PairHistory history = history("e", "m", historyPeople, historyPairs);
        return new Drawn(mentors, mentees, seats, lines, history, program());
    }

    public PairHistory history(String mentees, String mentors, int count, int pairs) {
        PairHistory history = PairHistory.empty();
        for (int i = 0; i < pairs; i++) {
            String mentee = mentees + random.nextInt(count);
            String mentor = mentors + random.nextInt(count);
            history = random.nextBoolean() ? history.blocked(mentor, mentee) : history.declinedOrEnded(mentee, mentor);
        }
        return history;
    }

    private Weights weights() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return new Weights(Map.of());
        }
        if (kind == 1) {
            return Weights.equal();
        }
        EnumMap<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, random.nextInt(3) == 0 ? 0.0 : random.nextInt(2) == 0
                    ? random.nextInt(4) : random.nextDouble() * 7);
        }
        return new Weights(weights);
    }

    private Candidate person(String id) {
        String employee = random.nextInt(10) == 0 ? null : "E" + random.nextInt(60);
        String manager = random.nextInt(3) == 0 ? "e" + random.nextInt(60) + " " : null;
        if (employee != null && random.nextBoolean()) {
            managers.putIfAbsent(employee, "E" + random.nextInt(60));
        }
        People person = People.person(id)
                .employee(employee, manager)
                .seniority(random.nextInt(6) == 0 ? null : 1 + random.nextInt(10))
                .languages(some(languages, 3))
                .topics(some(topics, 4))
                .goals(random.nextInt(4) == 0 ? null : String.join(" ", some(goalWords, 6)))
                .style(random.nextInt(4) == 0 ? null : pick(STYLES))
                .department(random.nextInt(8) == 0 ? null : pick(DEPARTMENTS))
                .location(random.nextInt(8) == 0 ? null : pick(PLACES), random.nextBoolean())
                .zone(pick(ZONES), slots())
                .questionnaire(List.of(some(picks, 3)), List.of(some(picks, 3)));
        for (String skill : some(topics, 3)) {
            person.skill(skill, 1 + random.nextInt(5));
        }
        return person.build();
    }

    private Slot[] slots() {
        Slot[] slots = new Slot[random.nextInt(4)];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot(pick(DayOfWeek.values()), LocalTime.of(random.nextInt(24), 0),
                    LocalTime.of(random.nextInt(24), 30 * random.nextInt(2)));
        }
        return slots;
    }

    private String[] some(String[] values, int max) {
        String[] picked = new String[random.nextInt(max + 1)];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = pick(values);
        }
        return picked;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
