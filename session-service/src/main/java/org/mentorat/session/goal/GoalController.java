package org.mentorat.session.goal;

import jakarta.validation.Valid;
import java.net.URI;
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
    ResponseEntity<GoalResponse> set(@PathVariable String mentorshipId, @Valid @RequestBody GoalRequest request,
            Caller caller) {
        Goal goal = goals.set(caller, mentorshipId, request.newPlan(), request.shared());
        return ResponseEntity.created(URI.create("/api/v1/goals/" + goal.id())).body(GoalResponse.of(goal, caller));
    }

    @GetMapping("/mentorships/{mentorshipId}/goals")
    GoalResponse.Listed list(@PathVariable String mentorshipId, Caller caller) {
        return new GoalResponse.Listed(goals.ofMentorship(caller, mentorshipId).stream()
                .map(goal -> GoalResponse.of(goal, caller)).toList());
    }

    @GetMapping("/goals/{id}")
    GoalResponse get(@PathVariable String id, Caller caller) {
        return GoalResponse.of(goals.visible(caller, id), caller);
    }

    /** RFC 7396 merge patch of the goal as {@link GoalRequest} shows it: wording, status, sharing. */
    @PatchMapping(path = "/goals/{id}", consumes = {JsonMergePatch.MEDIA_TYPE, "application/json"})
    GoalResponse patch(@PathVariable String id, @RequestBody JsonNode patch, Caller caller) {
        JsonNode current = validation.toTree(GoalRequest.of(goals.visible(caller, id)));
        GoalRequest next = validation.read(JsonMergePatch.apply(current, patch), GoalRequest.class);
        return GoalResponse.of(goals.edit(caller, id, next.edit()), caller);
    }

    @PostMapping("/goals/{id}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    GoalResponse recordProgress(@PathVariable String id, @Valid @RequestBody ProgressRequest request, Caller caller) {
        return GoalResponse.of(goals.recordProgress(caller, id, request), caller);
    }

    @PostMapping("/goals/{id}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    GoalResponse addMilestone(@PathVariable String id, @Valid @RequestBody MilestoneRequest request, Caller caller) {
        return GoalResponse.of(goals.addMilestone(caller, id, request), caller);
    }

    @PostMapping("/goals/{id}/milestones/{milestoneId}/done")
    GoalResponse completeMilestone(@PathVariable String id, @PathVariable String milestoneId, Caller caller) {
        return GoalResponse.of(goals.completeMilestone(caller, id, milestoneId), caller);
    }
}
