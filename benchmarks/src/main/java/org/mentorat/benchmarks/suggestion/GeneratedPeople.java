package org.mentorat.benchmarks.suggestion;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.mentorat.benchmarks.people.Languages;
import org.mentorat.benchmarks.people.SkillVocabulary;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.Skill;
import org.mentorat.matching.scoring.vocabulary.Slot;

/**
 * A seeded company shaped like a real one: skills from {@link SkillVocabulary} (300 names, Zipf-like
 * popularity), languages en 70 % / fr 35 % / ar 10 % / de 10 % (overlapping), 12 departments of
 * uneven size, mentors more senior than mentees, 40 time zones weighted to Europe and the US,
 * weekly slots mostly in local working hours, styles and questionnaire picks, and a manager tree
 * over everyone (half the managers given on the person, the rest only in the HR reporting lines).
 */
final class GeneratedPeople {

    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Operations",
        "Human Resources", "Legal", "Product", "Customer Success", "Research", "IT", "Procurement"};
    private static final double[] DEPARTMENT_WEIGHTS = {30, 14, 8, 7, 10, 4, 2, 8, 7, 4, 4, 2};
    private static final String[] STYLES = {"DIRECTIVE", "COACHING", "COLLABORATIVE", "FLEXIBLE"};
    private static final String[] KINDS = {"FORMAL", "INFORMAL", "GROUP", "SHADOWING", "ONE_TO_ONE"};
    private static final String[] EXPECTATIONS = {"GUIDANCE", "FEEDBACK", "NETWORK", "CAREER", "TECHNICAL",
        "CONFIDENCE"};

    private final Random random;
    private final SkillVocabulary skills;
    private final Map<String, String> managers = new HashMap<>();
    private int employees;

    GeneratedPeople(long seed) {
        this.random = new Random(seed);
        this.skills = new SkillVocabulary(random);
    }

    List<Candidate> mentors(int count) {
        List<Candidate> mentors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mentors.add(person("mentor-" + i, true));
        }
        return mentors;
    }

    List<Candidate> mentees(int count) {
        List<Candidate> mentees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mentees.add(person("mentee-" + i, false));
        }
        return mentees;
    }

    ReportingLines reportingLines() {
        return ReportingLines.of(managers);
    }

    int[] seats(int mentors) {
        int[] seats = new int[mentors];
        for (int i = 0; i < mentors; i++) {
            seats[i] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
        }
        return seats;
    }

    /** Pairs declined or ended before, and blocks, between random mentees and mentors. */
    PairHistory history(int mentees, int mentors, int declined, int blocked) {
        PairHistory history = PairHistory.empty();
        for (int i = 0; i < declined + blocked; i++) {
            String mentee = "mentee-" + random.nextInt(mentees);
            String mentor = "mentor-" + random.nextInt(mentors);
            history = i < declined ? history.declinedOrEnded(mentee, mentor) : history.blocked(mentor, mentee);
        }
        return history;
    }

    private Candidate person(String id, boolean mentor) {
        String employee = String.format("E%06d", employees);
        // A manager tree: each employee reports to one hired before, most to someone near the top.
        String manager = employees == 0 ? null : String.format("E%06d", random.nextInt(Math.max(1, employees / 6)));
        employees++;
        boolean managerOnPerson = manager != null && random.nextBoolean();
        if (manager != null && !managerOnPerson) {
            managers.put(employee, manager);
        }
        int seniority = mentor ? 3 + Math.min(random.nextInt(8), random.nextInt(8)) : 1 + random.nextInt(6);
        Set<String> known = new LinkedHashSet<>();
        List<Skill> levels = new ArrayList<>();
        int skillCount = mentor ? 4 + random.nextInt(9) : random.nextInt(6);
        for (int i = 0; i < skillCount; i++) {
            String skill = skill();
            if (known.add(skill)) {
                levels.add(new Skill(skill, mentor ? 2 + random.nextInt(4) : 1 + random.nextInt(3)));
            }
        }
        List<String> topics = new ArrayList<>();
        int topicCount = mentor ? 2 + random.nextInt(4) : 1 + random.nextInt(4);
        for (int i = 0; i < topicCount; i++) {
            topics.add(mentor && !levels.isEmpty() && random.nextInt(3) > 0
                    ? levels.get(random.nextInt(levels.size())).name() : skill());
        }
        TimeZones.Zone zone = TimeZones.pick(random);
        return new Candidate(id, employee, managerOnPerson ? manager : null,
                DEPARTMENTS[weighted(DEPARTMENT_WEIGHTS)], seniority, Languages.draw(random), levels, topics,
                mentor ? null : goals(topics), random.nextInt(5) == 0 ? null : STYLES[random.nextInt(STYLES.length)],
                zone.city(), random.nextInt(10) < 7, ZoneId.of(zone.id()), slots(), 2 + random.nextInt(7),
                picks(KINDS, 2), picks(EXPECTATIONS, 3));
    }

    private String skill() {
        return skills.draw(random);
    }

    /** Free text in a mentee's words: some wanted topics, a skill or two more, and filler. */
    private String goals(List<String> topics) {
        if (random.nextInt(4) == 0) {
            return null;
        }
        StringBuilder goals = new StringBuilder("I would like to get better at ");
        goals.append(topics.get(random.nextInt(topics.size())));
        if (random.nextBoolean()) {
            goals.append(" and learn more about ").append(skill());
        }
        return goals.append(random.nextBoolean() ? ", and grow my career." : " to lead a team.").toString();
    }

    /** One to four weekly slots of one or two hours, weekdays in working hours, some evenings. */
    private List<Slot> slots() {
        if (random.nextInt(10) == 0) {
            return List.of();
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            DayOfWeek day = DayOfWeek.of(random.nextInt(10) == 0 ? 6 + random.nextInt(2) : 1 + random.nextInt(5));
            int start = random.nextInt(5) == 0 ? 18 + random.nextInt(4) : 8 + random.nextInt(9);
            slots.add(new Slot(day, LocalTime.of(start, 0), LocalTime.of((start + 1 + random.nextInt(2)) % 24, 0)));
        }
        return slots;
    }

    private List<String> picks(String[] values, int max) {
        Set<String> picked = new LinkedHashSet<>();
        for (int i = 1 + random.nextInt(max); i > 0; i--) {
            picked.add(values[random.nextInt(values.length)]);
        }
        return List.copyOf(picked);
    }

    private int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

}
