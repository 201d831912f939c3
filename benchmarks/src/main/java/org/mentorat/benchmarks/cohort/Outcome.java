package org.mentorat.benchmarks.cohort;

import org.mentorat.solver.cohort.CohortProblem;
import org.mentorat.solver.cohort.CohortSolution;

/** What a solver achieved, in the problem's integer millionths so that two solvers compare exactly. */
record Outcome(long scaledTotal, int matched) {

    /**
     * The solution's total is a sum of millionths divided by a million; well under 2^53 millionths,
     * so rounding it back is exact.
     */
    static Outcome of(CohortSolution solution) {
        return new Outcome(Math.round(solution.totalScore() * CohortProblem.SCALE), solution.matched());
    }

    double totalScore() {
        return (double) scaledTotal / CohortProblem.SCALE;
    }
}
