package org.mentorat.matching.matchingrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mentorat.matching.cohort.Assignment;
import org.mentorat.matching.cohort.CohortMode;
import org.mentorat.matching.cohort.CohortProblem;
import org.mentorat.matching.cohort.CohortSolution;
import org.mentorat.matching.cohort.CohortSolver;
import org.mentorat.matching.cohort.Unmatched;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.scoring.MentorRanking;
import org.mentorat.matching.scoring.ScoredPair;
import org.mentorat.matching.suggestion.CandidatePool;

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
        List<RunLine> lines = new ArrayList<>();
        double minScore = Double.NaN;
        for (Assignment assignment : solution.assignments()) {
            Mentee mentee = mentees.get(assignment.mentee());
            Mentor mentor = mentors.get(assignment.mentor());
            ScoredPair scored = (ScoredPair) pool.assess(mentee, mentor);
            lines.add(RunLine.pair(mentee.enrollmentId(), mentee.personId(), mentor.enrollmentId(), mentor.personId(),
                    scored));
            minScore = Double.isNaN(minScore) ? scored.score() : Math.min(minScore, scored.score());
        }
        Map<String, Integer> unmatchedByReason = new TreeMap<>();
        for (Unmatched unmatched : solution.unmatched()) {
            Mentee mentee = mentees.get(unmatched.mentee());
            lines.add(RunLine.unmatched(mentee.enrollmentId(), mentee.personId(), unmatched.reason().name()));
            unmatchedByReason.merge(unmatched.reason().name(), 1, Integer::sum);
        }
        int matched = solution.matched();
        RunFigures figures = new RunFigures(mentees.size(), matched, mentees.size() - matched, unmatchedByReason,
                round(solution.totalScore()), matched == 0 ? null : round(solution.totalScore() / matched),
                matched == 0 ? null : minScore);
        return new Result(lines, figures);
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }

    record Result(List<RunLine> lines, RunFigures figures) {
    }
}
