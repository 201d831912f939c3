package org.mentorat.benchmarks.cohort;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.mentorat.solver.cohort.CohortCosts;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.solver.cohort.CohortProblem;

/**
 * The reference optimum: the same cohort as a min-cost flow solved by Google OR-Tools (its
 * cost-scaling push-relabel {@code SimpleMinCostFlow}, {@link MinCostFlow} in Java). Nodes: a
 * source with one unit per mentee, each mentee, each mentor, "unmatched" and a sink. Arcs: source →
 * mentee (capacity 1), mentee → mentor for each allowed pair and mentee → unmatched (capacity 1,
 * costs from {@link CohortCosts}, exactly those our solver uses for the mode), mentor → sink (its
 * capacity) and unmatched → sink (every mentee). The graph lives in native memory.
 */
final class OrToolsReference {

    private static boolean loaded;

    private final CohortProblem problem;
    private final CohortCosts costs;
    private long solveNanos;

    OrToolsReference(CohortProblem problem, CohortMode mode) {
        this.problem = problem;
        this.costs = CohortCosts.of(problem, mode);
    }

    static synchronized void loadNativeLibraries() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** The time of the last {@code solve()} call alone, without loading the arcs or reading the flow. */
    long solveNanos() {
        return solveNanos;
    }

    Outcome solve() {
        int mentees = problem.menteeCount();
        int mentors = problem.mentorCount();
        int unmatched = 1 + mentees + mentors;
        int sink = unmatched + 1;
        MinCostFlow flow = new MinCostFlow(sink + 1, problem.edgeCount() + 2 * mentees + mentors + 1);
        try {
            // pair arcs first, so that edge e is arc e
            for (int mentee = 0; mentee < mentees; mentee++) {
                for (int e = problem.firstEdge(mentee), end = problem.firstEdge(mentee + 1); e < end; e++) {
                    int arc = flow.addArcWithCapacityAndUnitCost(1 + mentee, 1 + mentees + problem.edgeMentor(e), 1,
                            costs.pairCost(problem.edgeScaledScore(e)));
                    if (arc != e) {
                        throw new IllegalStateException("OR-Tools numbered arc " + e + " as " + arc);
                    }
                }
            }
            for (int mentee = 0; mentee < mentees; mentee++) {
                flow.addArcWithCapacityAndUnitCost(0, 1 + mentee, 1, 0);
                flow.addArcWithCapacityAndUnitCost(1 + mentee, unmatched, 1, costs.unmatchedCost());
            }
            for (int mentor = 0; mentor < mentors; mentor++) {
                flow.addArcWithCapacityAndUnitCost(1 + mentees + mentor, sink, problem.capacity(mentor), 0);
            }
            flow.addArcWithCapacityAndUnitCost(unmatched, sink, mentees, 0);
            flow.setNodeSupply(0, mentees);
            flow.setNodeSupply(sink, -mentees);
            long start = System.nanoTime();
            MinCostFlowBase.Status status = flow.solve();
            solveNanos = System.nanoTime() - start;
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("OR-Tools did not find the optimum: " + status);
            }
            long total = 0;
            int matched = 0;
            for (int e = 0; e < problem.edgeCount(); e++) {
                if (flow.getFlow(e) > 0) {
                    total += problem.edgeScaledScore(e);
                    matched++;
                }
            }
            return new Outcome(total, matched);
        } finally {
            flow.delete();
        }
    }
}
