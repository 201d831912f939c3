package org.mentorat.session.goal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;

/**
 * A goal as the mentee writes it: the body of {@code POST /mentorships/{id}/goals}, and the
 * document an RFC 7396 merge patch of {@code PATCH /goals/{id}} applies to. Every part is optional
 * here so that the goal itself can name each missing SMART part (see {@link GoalPlan#of}).
 */
record GoalRequest(
        @Size(max = 500) String specific,
        @Valid MeasureRequest measure,
        @Size(max = 1000) String relevance,
        LocalDate targetDate,
        Boolean sharedWithProgram,
        GoalStatus status) {

    record MeasureRequest(@Size(max = 200) String metric, Double baseline, Double target) {
    }

    /** The goal as it stands, the base a merge patch applies to. */
    static GoalRequest of(Goal goal) {
        Measure measure = goal.plan().measure();
        return new GoalRequest(goal.plan().specific(),
                new MeasureRequest(measure.metric(), measure.baseline(), measure.target()), goal.plan().relevance(),
                goal.plan().targetDate(), goal.sharedWithProgram(), goal.status());
    }

    /** A new goal starts OPEN; its status changes once the pair has worked on it. */
    GoalPlan newPlan() {
        if (status != null && status != GoalStatus.OPEN) {
            throw new InvalidRequestException(List.of(new FieldError("status",
                    "a new goal starts OPEN: say how it is going once you have worked on it")));
        }
        return plan();
    }

    boolean shared() {
        return Boolean.TRUE.equals(sharedWithProgram);
    }

    GoalEdit edit() {
        if (status == null) {
            throw new InvalidRequestException(List.of(new FieldError("status",
                    "cannot be removed: say OPEN, ON_TRACK, AT_RISK, ACHIEVED or DROPPED")));
        }
        return new GoalEdit(plan(), status, shared());
    }

    private GoalPlan plan() {
        Measure given = measure == null ? null : new Measure(measure.metric(), measure.baseline(), measure.target());
        return GoalPlan.of(specific, given, relevance, targetDate);
    }
}
