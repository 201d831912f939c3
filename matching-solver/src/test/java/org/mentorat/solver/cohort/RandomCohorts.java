package org.mentorat.solver.cohort;

import java.util.Random;

/** Seeded random cohorts for the property tests; scores in tenths so that ties and zeros are common. */
final class RandomCohorts {

    private RandomCohorts() {
    }

    static CohortProblem cohort(long seed, int maxMentees, int maxMentors, int maxCapacity, double edgeChance) {
        Random random = new Random(seed);
        int mentees = 1 + random.nextInt(maxMentees);
        int[] capacities = new int[1 + random.nextInt(maxMentors)];
        for (int mentor = 0; mentor < capacities.length; mentor++) {
            capacities[mentor] = random.nextInt(maxCapacity + 1);
        }
        CohortProblem.Builder builder = CohortProblem.builder(mentees, capacities);
        for (int mentee = 0; mentee < mentees; mentee++) {
            for (int mentor = 0; mentor < capacities.length; mentor++) {
                if (random.nextDouble() < edgeChance) {
                    builder.edge(mentee, mentor, random.nextInt(11) / 10.0);
                }
            }
        }
        return builder.build();
    }
}
