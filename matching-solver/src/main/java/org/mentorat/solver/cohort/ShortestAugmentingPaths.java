package org.mentorat.solver.cohort;

/**
 * Successive shortest paths on the residual graph mentee → mentor (an allowed pair) and mentor →
 * mentee (undoing a placement), one mentee at a time. Placing a mentee is a Dijkstra search from it
 * that stops at the first mentor with a free seat; the path found moves a chain of mentees one
 * mentor along. Johnson potentials keep every residual cost non-negative, so each search is plain
 * Dijkstra and, after each path, the placement is the cheapest one for the mentees seen so far.
 *
 * <p>The "unmatched" mentor (index {@code n}) always has a free seat, so every search ends. Searches
 * stop early, which is what makes this fast on real cohorts: most mentees settle within a few mentors.
 * A settled mentee's edges are read in the order of {@link ReducedCostOrder} and only until the rest
 * cannot beat the free seat already found; on a 10,000 × 2,000 cohort that reads about 10 M edges
 * instead of 286 M.
 */
final class ShortestAugmentingPaths {

    private static final int NONE = -1;
    /** Edges read in vain by one scan before the mentee's order is refreshed. */
    private static final int STALE = 8;

    private final CohortProblem problem;
    private final int mentees;
    private final int unmatched;
    private final CohortCosts costs;
    private final long unmatchedCost;

    private final long[] potential;
    private final SearchFrontier frontier;
    private final int[] parentMentee;
    private final int[] parentEdge;
    /** The shortest distance yet to a free seat: nothing at or beyond it can be on a shorter path. */
    private long bound;

    private final ReducedCostOrder edges;
    private final Seats seats;
    private final int[] chosenEdge;
    private final long[] placementCost;

    ShortestAugmentingPaths(CohortProblem problem, CohortCosts costs) {
        this.problem = problem;
        this.mentees = problem.menteeCount();
        this.unmatched = problem.mentorCount();
        this.costs = costs;
        this.unmatchedCost = costs.unmatchedCost();
        int nodes = mentees + unmatched + 1;
        potential = new long[nodes];
        frontier = new SearchFrontier(nodes);
        parentMentee = new int[unmatched + 1];
        parentEdge = new int[unmatched + 1];
        seats = new Seats(problem);
        edges = new ReducedCostOrder(problem, costs);
        chosenEdge = new int[mentees];
        placementCost = new long[mentees];
    }

    /** Places every mentee and returns, for each, the edge it ended on ({@code -1} when unmatched). */
    int[] assignAll() {
        for (int mentee = 0; mentee < mentees; mentee++) {
            place(mentee);
        }
        int[] result = chosenEdge.clone();
        for (int mentee = 0; mentee < mentees; mentee++) {
            if (seats.mentorOf(mentee) == unmatched) {
                result[mentee] = NONE;
            }
        }
        return result;
    }

    private void place(int source) {
        bound = Long.MAX_VALUE;
        potential[source] = sourcePotential(source);
        frontier.start(source);
        int target = NONE;
        while (target == NONE) {
            int node = frontier.settleNearest();
            long d = frontier.distance(node);
            if (node < mentees) {
                relaxPairs(node, d);
            } else if (seats.hasFreeSeat(node - mentees)) {
                target = node - mentees;
            } else {
                relaxPlaced(node - mentees, d);
            }
        }
        frontier.updatePotentials(potential, frontier.distance(mentees + target));
        augment(source, target);
    }

    /** The largest potential that keeps the new mentee's outgoing costs non-negative, so Dijkstra may start there. */
    private long sourcePotential(int mentee) {
        long best = potential[mentees + unmatched] - unmatchedCost;
        for (int e = problem.firstEdge(mentee), end = problem.firstEdge(mentee + 1); e < end; e++) {
            best = Math.max(best, potential[mentees + problem.edgeMentor(e)] - pairCost(e));
        }
        return best;
    }

    private long pairCost(int edge) {
        return costs.pairCost(problem.edgeScaledScore(edge));
    }

    /**
     * Scans a mentee's edges in order of their lower bounds and stops at the first that reaches the
     * bound: nothing after it can lead anywhere shorter than the free seat already found. Edges the
     * scan reads in vain mean the order has gone stale, so the mentee's bounds are then refreshed.
     */
    private void relaxPairs(int mentee, long d) {
        int current = seats.mentorOf(mentee);
        long base = d + potential[mentee];
        int wasted = 0;
        for (int at = problem.firstEdge(mentee), end = problem.firstEdge(mentee + 1); at < end; at++) {
            if (base + edges.lowerBound(at) >= bound) {
                break;
            }
            int e = edges.edge(at);
            int mentor = problem.edgeMentor(e);
            long through = base + pairCost(e) - potential[mentees + mentor];
            if (through >= bound) {
                wasted++;
            } else if (mentor != current) {
                relaxMentor(mentor, through, mentee, e);
            }
        }
        if (wasted > STALE) {
            edges.refresh(mentee, potential, mentees);
        }
        if (current != unmatched) {
            relaxMentor(unmatched, base + unmatchedCost - potential[mentees + unmatched], mentee, NONE);
        }
    }

    private void relaxMentor(int mentor, long d, int fromMentee, int edge) {
        int node = mentees + mentor;
        if (d < bound && frontier.improves(node, d)) {
            if (seats.hasFreeSeat(mentor)) {
                bound = d;
            }
            parentMentee[mentor] = fromMentee;
            parentEdge[mentor] = edge;
            frontier.reach(node, d);
        }
    }

    /** A full mentor leads on to each mentee it holds: moving one of them away frees the seat. */
    private void relaxPlaced(int mentor, long d) {
        long base = d + potential[mentees + mentor];
        for (int seat = seats.firstSeat(mentor), end = seat + seats.load(mentor); seat < end; seat++) {
            int mentee = seats.menteeAt(seat);
            long through = base - placementCost[mentee] - potential[mentee];
            if (through < bound && frontier.improves(mentee, through)) {
                frontier.reach(mentee, through);
            }
        }
    }

    /** Walks the path back from the free seat: each mentee on it takes the seat of the next one. */
    private void augment(int source, int target) {
        int mentor = target;
        int seat = seats.addSeat(target);
        while (true) {
            int mentee = parentMentee[mentor];
            int edge = parentEdge[mentor];
            int previousMentor = seats.mentorOf(mentee);
            int previousSeat = seats.seatOf(mentee);
            seats.sit(mentee, mentor, seat);
            chosenEdge[mentee] = edge;
            placementCost[mentee] = edge == NONE ? unmatchedCost : pairCost(edge);
            if (mentee == source) {
                return;
            }
            mentor = previousMentor;
            seat = previousSeat;
        }
    }
}
