package org.mentorat.session.goal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.mentorat.platform.openapi.ErrorAnswer;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.JsonMergePatch;
import org.mentorat.platform.web.RequestValidation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Goals", description = "SMART goals of a mentorship, their milestones and progress.")
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'MENTOR', 'MENTEE')")
class GoalController {

    private final Goals goals;
    private final RequestValidation validation;

    GoalController(Goals goals, RequestValidation validation) {
        this.goals = goals;
        this.validation = validation;
    }

    @PostMapping("/mentorships/{mentorshipId}/goals")
    @Operation(operationId = "setGoal", summary = "Set a goal",
            description = "Sets a SMART goal for the mentorship: specific, measurable (metric, baseline, target), relevant, time-bound. For the pair.")
    @ErrorAnswer(status = 409, description = "The mentorship is not active.")
    ResponseEntity<GoalResponse> set(@PathVariable String mentorshipId, @Valid @RequestBody GoalRequest request,
            Caller caller) {
        Goal goal = goals.set(caller, mentorshipId, request.newPlan(), request.shared());
        return ResponseEntity.created(URI.create("/api/v1/goals/" + goal.id())).body(GoalResponse.of(goal, caller));
    }

    @GetMapping("/mentorships/{mentorshipId}/goals")
    @Operation(operationId = "listGoals", summary = "List a mentorship's goals",
            description = "The mentorship's goals; an administrator sees only those shared with the program.")
    GoalResponse.Listed list(@PathVariable String mentorshipId, Caller caller) {
        return new GoalResponse.Listed(goals.ofMentorship(caller, mentorshipId).stream()
                .map(goal -> GoalResponse.of(goal, caller)).toList());
    }

    @GetMapping("/goals/{id}")
    @Operation(operationId = "getGoal", summary = "Read a goal",
            description = "One goal with its milestones and progress.")
    GoalResponse get(@PathVariable String id, Caller caller) {
        return GoalResponse.of(goals.visible(caller, id), caller);
    }

    /** RFC 7396 merge patch of the goal as {@link GoalRequest} shows it: wording, status, sharing. */
    @Operation(operationId = "editGoal", summary = "Edit a goal",
            description = "RFC 7396 merge patch of the goal as the create shows it: wording, status, sharing; the result is validated like a new goal.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = GoalRequest.class)))
    @PatchMapping(path = "/goals/{id}", consumes = {JsonMergePatch.MEDIA_TYPE, "application/json"})
    GoalResponse patch(@PathVariable String id, @RequestBody JsonNode patch, Caller caller) {
        JsonNode current = validation.toTree(GoalRequest.of(goals.visible(caller, id)));
        GoalRequest next = validation.read(JsonMergePatch.apply(current, patch), GoalRequest.class);
        return GoalResponse.of(goals.edit(caller, id, next.edit()), caller);
    }

    @PostMapping("/goals/{id}/progress")
    @Operation(operationId = "recordGoalProgress", summary = "Record progress on a goal",
            description = "Records the metric's value on a day, with an optional note only the pair reads.")
    @ErrorAnswer(status = 409, description = "The goal is closed.")
    @ResponseStatus(HttpStatus.CREATED)
    GoalResponse recordProgress(@PathVariable String id, @Valid @RequestBody ProgressRequest request, Caller caller) {
        return GoalResponse.of(goals.recordProgress(caller, id, request), caller);
    }

    @PostMapping("/goals/{id}/milestones")
    @Operation(operationId = "addMilestone", summary = "Add a milestone",
            description = "Adds a step toward the goal, due on a day.")
    @ErrorAnswer(status = 409, description = "The goal is closed or has all the milestones it may have.")
    @ResponseStatus(HttpStatus.CREATED)
    GoalResponse addMilestone(@PathVariable String id, @Valid @RequestBody MilestoneRequest request, Caller caller) {
        return GoalResponse.of(goals.addMilestone(caller, id, request), caller);
    }

    @PostMapping("/goals/{id}/milestones/{milestoneId}/done")
    @Operation(operationId = "completeMilestone", summary = "Mark a milestone done",
            description = "Marks the step done; idempotent.")
    GoalResponse completeMilestone(@PathVariable String id, @PathVariable String milestoneId, Caller caller) {
        return GoalResponse.of(goals.completeMilestone(caller, id, milestoneId), caller);
    }
}
