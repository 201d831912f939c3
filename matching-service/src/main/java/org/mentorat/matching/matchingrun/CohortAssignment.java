package org.mentorat.matching.matchingrun;

import java.util.List;
import org.mentorat.solver.cohort.Assignment;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.solver.cohort.CohortProblem;
import org.mentorat.solver.cohort.CohortSolution;
import org.mentorat.solver.cohort.CohortSolver;
import org.mentorat.solver.cohort.Unmatched;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.scoring.ranking.MentorRanking;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/**
 * Assigns a whole cohort at once: every pair the hard rules allow becomes an edge with its score,
 * mentors offer the seats they have left, and the exact solver picks the assignment with the best
 * total (or the most matches first). Explanations are rebuilt for the chosen pairs only.
 */
final class CohortAssignment {

    private CohortAssignment() {
    }

    static Result assign(CandidatePool pool, List<Mentee> mentees, CohortMode mode) {
        List<Mentor> mentors = pool.mentors().stream().filter(mentor -> mentor.seatsLeft() > 0).toList();
        int[] capacities = mentors.stream().mapToInt(Mentor::seatsLeft).toArray();
        CohortProblem.Builder builder = CohortProblem.builder(mentees.size(), capacities);
        MentorRanking ranking = pool.ranking(mentors);
        for (int i = 0; i < mentees.size(); i++) {
            int mentee = i;
            ranking.forEachAllowed(mentees.get(i).profile(), pool.history(), (mentor, score) ->
                    builder.edge(mentee, mentor, score));
        }
        CohortSolution solution = CohortSolver.solve(builder.build(), mode);
        DraftLines draft = new DraftLines();
        for (Assignment assignment : solution.assignments()) {
            Mentee mentee = mentees.get(assignment.mentee());
            Mentor mentor = mentors.get(assignment.mentor());
            draft.pair(mentee, mentor, (ScoredPair) pool.assess(mentee, mentor));
        }
        for (Unmatched unmatched : solution.unmatched()) {
            draft.unmatched(mentees.get(unmatched.mentee()), unmatched.reason().name());
        }
        int matched = solution.matched();
        return draft.result(mentees.size(), matched, round(solution.totalScore()),
                round(solution.totalScore() / matched));
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }

    record Result(List<RunLine> lines, RunFigures figures) {
    }
}
