package org.mentorat.matching.matchingrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/** Collects a draft's lines as a solver's answer is read, with the lowest pair score and the unmatched by reason. */
final class DraftLines {

    private final List<RunLine> lines = new ArrayList<>();
    private final Map<String, Integer> unmatchedByReason = new TreeMap<>();
    private double minScore = Double.NaN;
    private int pairs;

    void pair(Mentee mentee, Mentor mentor, ScoredPair scored) {
        lines.add(RunLine.pair(mentee.enrollmentId(), mentee.personId(), mentor.enrollmentId(), mentor.personId(),
                scored));
        minScore = Double.isNaN(minScore) ? scored.score() : Math.min(minScore, scored.score());
        pairs++;
    }

    void unmatched(Mentee mentee, String reason) {
        lines.add(RunLine.unmatched(mentee.enrollmentId(), mentee.personId(), reason));
        unmatchedByReason.merge(reason, 1, Integer::sum);
    }

    /** The lines and figures; {@code mean} and the minimum are null when no pair was made. */
    CohortAssignment.Result result(int mentees, int matched, double total, double mean) {
        return new CohortAssignment.Result(lines, new RunFigures(mentees, matched, mentees - matched, unmatchedByReason,
                total, pairs == 0 ? null : mean, pairs == 0 ? null : minScore));
    }
}
