package org.mentorat.benchmarks.matchingrun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mentorat.benchmarks.people.Languages;
import org.mentorat.benchmarks.people.SkillVocabulary;
import java.util.Set;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.profile.Availability;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.events.profile.SkillLevel;
import org.mentorat.events.profile.WeeklySlot;

/**
 * A seeded administrator-run program as profile-service would announce it: the program, then one
 * registration per mentor and mentee. People are shaped like a real company's: 200 skills of
 * Zipf-like popularity with levels, topics mostly drawn from them, languages en 70 % / fr 35 % /
 * ar 10 % / de 10 % (overlapping), departments of uneven size, mentors more senior than mentees,
 * time zones weighted to Europe and the US with weekly slots in working hours, and a manager tree
 * over everyone in the program, so that the reporting-line rule (two levels) excludes real pairs.
 */
final class GeneratedProgram {

    private static final String[] CRAFTS = {"architecture", "strategy", "engineering", "management", "analytics",
        "operations", "leadership", "testing", "design", "negotiation"};
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Operations",
        "Human Resources", "Legal", "Product", "Customer Success", "Research"};
    private static final int[] DEPARTMENT_WEIGHTS = {30, 14, 8, 7, 10, 4, 2, 8, 7, 4};
    private static final String[][] ZONES = {{"Europe/Paris", "Paris"}, {"Europe/London", "London"},
        {"Europe/Berlin", "Berlin"}, {"America/New_York", "New York"}, {"America/Los_Angeles", "San Francisco"},
        {"Africa/Casablanca", "Casablanca"}, {"Asia/Dubai", "Dubai"}, {"Asia/Kolkata", "Bangalore"}};
    private static final int[] ZONE_WEIGHTS = {30, 12, 8, 14, 6, 6, 3, 5};
    private static final String[] STYLES = {"DIRECTIVE", "COACHING", "COLLABORATIVE", "FLEXIBLE"};
    private static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"};

    final String programId;
    final ProgramPublished program;
    /** Registrations by enrollment id (the event's subject), mentors and mentees interleaved. */
    final Map<String, DomainEvent> registrations = new LinkedHashMap<>();
    final int mentees;
    final int mentors;
    final int seats;

    private final Random random;
    private final SkillVocabulary skills;

    GeneratedProgram(long seed, int mentees, int mentors) {
        this.random = new Random(seed);
        this.mentees = mentees;
        this.mentors = mentors;
        // Enrollment, program and person ids are global in the read model, as profile-service's UUIDs are.
        this.programId = java.util.UUID.nameUUIDFromBytes((seed + ":" + mentees + "x" + mentors)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        String tag = programId.substring(0, 8);
        this.skills = new SkillVocabulary(random, CRAFTS);
        Instant now = Instant.now();
        program = new ProgramPublished(programId, "Grow " + mentees + " x " + mentors, "ONE_TO_ONE", now, null, null,
                26, 2, "ADMIN_COHORT", new ProgramPublished.CriteriaWeights(3, 2, 1, 1, 1, 1, 1, 1),
                new ProgramPublished.HardRules(2, true, "ANY", 1, null), "QUALITY", 5, 14);
        // Roles shuffled over the employee numbers, so that mentors manage mentees and the reverse.
        List<Boolean> roles = new ArrayList<>(Collections.nCopies(mentors, true));
        roles.addAll(Collections.nCopies(mentees, false));
        Collections.shuffle(roles, random);
        int seatTotal = 0;
        int mentorIndex = 0;
        int menteeIndex = 0;
        for (int employee = 0; employee < roles.size(); employee++) {
            String number = String.format("E%06d", employee);
            String person = tag + "-" + number;
            // Each reports to someone hired before, most to someone near the top: a deep, bushy tree.
            String manager = employee == 0 ? null : String.format("E%06d", random.nextInt(Math.max(1, employee / 6)));
            if (roles.get(employee)) {
                int capacity = 1 + Math.min(random.nextInt(5), random.nextInt(5));
                seatTotal += capacity;
                String enrollment = tag + "-mentor-" + mentorIndex++;
                registrations.put(enrollment, mentor(enrollment, person, number, manager, capacity, now));
            } else {
                String enrollment = tag + "-mentee-" + menteeIndex++;
                registrations.put(enrollment, mentee(enrollment, person, number, manager, now));
            }
        }
        this.seats = seatTotal;
    }

    private MentorRegistered mentor(String enrollment, String person, String employee, String manager, int capacity,
            Instant at) {
        List<SkillLevel> levels = skillLevels(4 + random.nextInt(9), 2, 4);
        List<String> topics = new ArrayList<>();
        for (int i = 2 + random.nextInt(4); i > 0; i--) {
            topics.add(random.nextInt(3) > 0 ? levels.get(random.nextInt(levels.size())).name() : skill());
        }
        String[] zone = ZONES[weighted(ZONE_WEIGHTS)];
        return new MentorRegistered(enrollment, programId, person, capacity, distinct(topics),
                Languages.draw(random), DEPARTMENTS[weighted(DEPARTMENT_WEIGHTS)], at, "ONE_TO_ONE", employee, manager,
                3 + Math.min(random.nextInt(8), random.nextInt(8)), levels, zone[1], random.nextInt(10) < 7, zone[0],
                new Availability(2 + random.nextInt(7), slots()), style(), List.of(), List.of(), Map.of(), Map.of());
    }

    private MenteeRegistered mentee(String enrollment, String person, String employee, String manager, Instant at) {
        List<String> topics = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            topics.add(skill());
        }
        String[] zone = ZONES[weighted(ZONE_WEIGHTS)];
        String goals = "I would like to get better at " + topics.get(0)
                + (random.nextBoolean() ? " and learn more about " + skill() : "") + ", and grow my career.";
        return new MenteeRegistered(enrollment, programId, person, distinct(topics), Languages.draw(random),
                DEPARTMENTS[weighted(DEPARTMENT_WEIGHTS)], goals, at, "ONE_TO_ONE", employee, manager,
                1 + random.nextInt(6), skillLevels(random.nextInt(6), 1, 3), zone[1], random.nextInt(10) < 7, zone[0],
                new Availability(2 + random.nextInt(5), slots()), style(), List.of(), List.of(), Map.of(), Map.of());
    }

    private List<SkillLevel> skillLevels(int count, int lowest, int spread) {
        Set<String> known = new LinkedHashSet<>();
        List<SkillLevel> levels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String skill = skill();
            if (known.add(skill)) {
                levels.add(new SkillLevel(skill, lowest + random.nextInt(spread)));
            }
        }
        return levels;
    }

    private String skill() {
        return skills.draw(random);
    }

    /** One to four weekly slots of one or two hours in local working hours; one person in ten gives none. */
    private List<WeeklySlot> slots() {
        if (random.nextInt(10) == 0) {
            return List.of();
        }
        List<WeeklySlot> slots = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int start = 8 + random.nextInt(9);
            slots.add(new WeeklySlot(DAYS[random.nextInt(DAYS.length)], String.format("%02d:00", start),
                    String.format("%02d:00", start + 1 + random.nextInt(2))));
        }
        return slots;
    }

    private String style() {
        return random.nextInt(5) == 0 ? null : STYLES[random.nextInt(STYLES.length)];
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private int weighted(int[] weights) {
        int point = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
