package org.mentorat.session.goal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;

/**
 * The SMART parts of a goal: what the mentee wants to achieve (Specific), how it is measured
 * (Measurable, and Achievable in that the target differs from where they start), why it matters
 * (Relevant) and by when (Time-bound).
 */
public record GoalPlan(String specific, Measure measure, String relevance, LocalDate targetDate) {

    /**
     * A complete plan, or a validation problem naming every SMART part that is missing, so that the
     * mentee learns at once what a good goal still needs.
     */
    static GoalPlan of(String specific, Measure measure, String relevance, LocalDate targetDate) {
        List<FieldError> missing = new ArrayList<>();
        if (isBlank(specific)) {
            missing.add(new FieldError("specific", "a SMART goal is Specific: say what you want to achieve"));
        }
        if (measure == null) {
            missing.add(new FieldError("measure", "a SMART goal is Measurable: say what you will measure, "
                    + "where you start from and what number you will reach"));
        } else {
            missing.addAll(missingFrom(measure));
        }
        if (isBlank(relevance)) {
            missing.add(new FieldError("relevance", "a SMART goal is Relevant: say why it matters to you"));
        }
        if (targetDate == null) {
            missing.add(new FieldError("targetDate", "a SMART goal is Time-bound: give the date you will reach it by"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
        return new GoalPlan(specific.strip(), new Measure(measure.metric().strip(), measure.baseline(),
                measure.target()), relevance.strip(), targetDate);
    }

    GoalPlan withoutWords() {
        return new GoalPlan(null, measure.withoutMetric(), null, targetDate);
    }

    private static List<FieldError> missingFrom(Measure measure) {
        List<FieldError> missing = new ArrayList<>();
        if (isBlank(measure.metric())) {
            missing.add(new FieldError("measure.metric", "a SMART goal is Measurable: name what you will count"));
        }
        if (measure.baseline() == null) {
            missing.add(new FieldError("measure.baseline", "a SMART goal is Measurable: say where you start from"));
        }
        if (measure.target() == null) {
            missing.add(new FieldError("measure.target", "a SMART goal is Measurable: say what number you will reach"));
        } else if (Objects.equals(measure.baseline(), measure.target())) {
            missing.add(new FieldError("measure.target",
                    "is where you start from: a SMART goal is Achievable, so aim for a number you have not reached yet"));
        }
        return missing;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
