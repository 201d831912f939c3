package org.mentorat.benchmarks.cohort;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.mentorat.solver.cohort.CohortProblem;

/**
 * A seeded cohort built from generated people ({@link GeneratedPeople}): edges are the pairs the
 * hard rules allow ({@link PairRules}) with a score of at least {@link #MIN_SCORE}, and each mentee
 * keeps its {@link #SHORTLIST} best, as a programme shows a mentee a shortlist rather than
 * everyone who qualifies. The cap is what keeps 50,000 × 10,000 tractable: the hard rules allow
 * 92 M pairs there (a mentee wanting popular skills qualifies for up to 6,538 mentors), while
 * 200 best per mentee keeps the graph under 10 M edges. The optimum is then over shortlists, which
 * is what a programme would offer anyway. Capacities are 1–5.
 */
final class GeneratedCohort {

    static final int SHORTLIST = 200;
    static final int MIN_SCORE = 300;

    private GeneratedCohort() {
    }

    static CohortProblem generate(int menteeCount, int mentorCount, long seed) {
        Random random = new Random(seed);
        GeneratedPeople people = new GeneratedPeople(random);
        Person[] mentors = new Person[mentorCount];
        int[] capacities = new int[mentorCount];
        for (int mentor = 0; mentor < mentorCount; mentor++) {
            mentors[mentor] = people.mentor();
            capacities[mentor] = 1 + random.nextInt(5);
        }
        SkillIndex teaching = new SkillIndex(mentors);
        Shortlist shortlist = new Shortlist(mentorCount);
        CohortProblem.Builder builder = CohortProblem.builder(menteeCount, capacities);
        for (int mentee = 0; mentee < menteeCount; mentee++) {
            Person person = people.mentee();
            shortlist.start();
            for (int wanted = 0; wanted < person.skills().length; wanted++) {
                int skill = person.skills()[wanted];
                int[] teachers = teaching.mentors(skill);
                for (int i = 0; i < teachers.length; i++) {
                    double fit = PairRules.skillFit(person, wanted, teaching.levels(skill)[i]);
                    if (fit > 0 && shortlist.admits(teachers[i], person, mentors[teachers[i]])) {
                        shortlist.addFit(teachers[i], fit);
                    }
                }
            }
            for (int candidate = 0; candidate < shortlist.size(); candidate++) {
                shortlist.score(candidate, PairRules.scoreThousandths(person, mentors[shortlist.mentor(candidate)],
                        shortlist.fit(candidate)));
            }
            int current = mentee;
            shortlist.best(SHORTLIST, MIN_SCORE, (mentor, score) -> builder.edge(current, mentor, score / 1000.0));
        }
        return builder.build();
    }

    /** Writes the cohort in the documented file format, so other solvers can be run on the same graph. */
    static void write(CohortProblem problem, Path edges, Path capacities) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(edges)) {
            out.write("mentee,mentor,score\n");
            for (int mentee = 0; mentee < problem.menteeCount(); mentee++) {
                for (int e = problem.firstEdge(mentee); e < problem.firstEdge(mentee + 1); e++) {
                    out.write(String.format(Locale.ROOT, "e%d,m%d,%s%n", mentee, problem.edgeMentor(e),
                            problem.edgeScore(e)));
                }
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(capacities)) {
            out.write("mentor,capacity\n");
            for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
                out.write("m" + mentor + "," + problem.capacity(mentor) + "\n");
            }
        }
    }

    /** For each skill, the mentors who teach it and at what level. */
    private static final class SkillIndex {

        private final int[][] mentors = new int[GeneratedPeople.SKILLS][];
        private final int[][] levels = new int[GeneratedPeople.SKILLS][];

        SkillIndex(Person[] people) {
            int[] count = new int[GeneratedPeople.SKILLS];
            for (Person person : people) {
                for (int skill : person.skills()) {
                    count[skill]++;
                }
            }
            for (int skill = 0; skill < count.length; skill++) {
                mentors[skill] = new int[count[skill]];
                levels[skill] = new int[count[skill]];
            }
            Arrays.fill(count, 0);
            for (int mentor = 0; mentor < people.length; mentor++) {
                for (int i = 0; i < people[mentor].skills().length; i++) {
                    int skill = people[mentor].skills()[i];
                    mentors[skill][count[skill]] = mentor;
                    levels[skill][count[skill]++] = people[mentor].levels()[i];
                }
            }
        }

        int[] mentors(int skill) {
            return mentors[skill];
        }

        int[] levels(int skill) {
            return levels[skill];
        }
    }
}
