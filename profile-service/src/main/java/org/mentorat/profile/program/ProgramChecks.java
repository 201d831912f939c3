package org.mentorat.profile.program;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.platform.web.FieldError;

/** The cross-field rules of a program definition; single fields are checked by their annotations. */
final class ProgramChecks {

    private ProgramChecks() {
    }

    static List<FieldError> of(ProgramDefinition program) {
        List<FieldError> problems = new ArrayList<>();
        cohort(program, problems);
        MatchingSettings matching = program.matching();
        if (matching != null && matching.weights() != null && allWeightsGiven(matching.weights())
                && matching.weights().total() <= 0) {
            problems.add(new FieldError("matching.weights", "at least one criterion must weigh more than 0"));
        }
        if (matching != null && matching.rules() != null) {
            Integer min = matching.rules().minSeniorityGap();
            Integer max = matching.rules().maxSeniorityGap();
            if (min != null && max != null && min > max) {
                problems.add(new FieldError("matching.rules.maxSeniorityGap",
                        "must not be less than minSeniorityGap"));
            }
        }
        if (program.notifications() != null) {
            problems.addAll(program.notifications().problems());
        }
        return problems;
    }

    private static void cohort(ProgramDefinition program, List<FieldError> problems) {
        boolean datesGiven = program.cohortStart() != null || program.cohortEnd() != null;
        if (Boolean.TRUE.equals(program.evergreen()) && datesGiven) {
            problems.add(new FieldError("evergreen", "an evergreen program has no cohort dates"));
        } else if (Boolean.FALSE.equals(program.evergreen()) || datesGiven) {
            if (program.cohortStart() == null) {
                problems.add(new FieldError("cohortStart", "is required for a cohort program"));
            }
            if (program.cohortEnd() == null) {
                problems.add(new FieldError("cohortEnd", "is required for a cohort program"));
            }
            if (program.cohortStart() != null && program.cohortEnd() != null
                    && !program.cohortEnd().isAfter(program.cohortStart())) {
                problems.add(new FieldError("cohortEnd", "must be after cohortStart"));
            }
        }
    }

    private static boolean allWeightsGiven(CriteriaWeights w) {
        return w.skills() != null && w.goals() != null && w.languages() != null && w.availability() != null
                && w.seniority() != null && w.style() != null && w.location() != null
                && w.departmentDiversity() != null;
    }
}
