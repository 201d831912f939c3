package org.mentorat.session.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.mentorat.platform.security.Caller;

/**
 * A goal as the API shows it. {@code measure.current} is the value of the latest progress update
 * (the baseline before any). Program administrators reading a shared goal see its progress
 * without the notes: those are written within the pair.
 */
record GoalResponse(
        String id,
        String mentorshipId,
        String programId,
        String mentorId,
        String menteeId,
        @Schema(maxLength = 500) String specific,
        MeasureResponse measure,
        @Schema(maxLength = 1000) String relevance,
        LocalDate targetDate,
        GoalStatus status,
        boolean sharedWithProgram,
        @Size(max = Goal.MAX_MILESTONES) List<Milestone> milestones,
        @Size(max = Goal.MAX_PROGRESS_UPDATES) List<ProgressUpdate> progress,
        Instant setAt,
        Instant closedAt) {

    record MeasureResponse(@Schema(maxLength = 200) String metric, Double baseline, Double target, Double current) {
    }

    /** The goals of one mentorship, oldest first. */
    /** A mentorship sets a handful of goals; far fewer than this. */
    static final int MAX_GOALS = 200;

    record Listed(@Size(max = MAX_GOALS) List<GoalResponse> items) {
    }

    static GoalResponse of(Goal goal, Caller reader) {
        GoalPlan plan = goal.plan();
        Double current = goal.progress().stream()
                .max(Comparator.comparing(ProgressUpdate::date).thenComparing(ProgressUpdate::recordedAt))
                .map(ProgressUpdate::value).orElse(plan.measure().baseline());
        List<ProgressUpdate> progress = goal.isOfThePair(reader.subject()) ? goal.progress()
                : goal.progress().stream().map(ProgressUpdate::withoutNote).toList();
        return new GoalResponse(goal.id(), goal.mentorshipId(), goal.programId(), goal.mentorId(), goal.menteeId(),
                plan.specific(), new MeasureResponse(plan.measure().metric(), plan.measure().baseline(),
                        plan.measure().target(), current), plan.relevance(), plan.targetDate(), goal.status(),
                goal.sharedWithProgram(), goal.milestones(), progress, goal.setAt(), goal.closedAt());
    }
}
