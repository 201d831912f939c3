package org.mentorat.session.goal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.session.mentorship.Mentorship;
import org.mentorat.session.mentorship.Mentorships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Loads a goal the caller may see and its mentorship (through the mentorship feature's public
 * service), lets the goal decide, and stores the outcome with its events in one write. A
 * concurrent change makes the write miss; the store then has the decision taken again on the
 * fresh state, which is safe because deciding has no side effects.
 */
@Service
public class Goals {

    private static final Logger log = LoggerFactory.getLogger(Goals.class);

    private final Mentorships mentorships;
    private final GoalStore store;
    private final GoalMetrics metrics;
    private final Clock clock;

    Goals(Mentorships mentorships, GoalStore store, GoalMetrics metrics, Clock clock) {
        this.mentorships = mentorships;
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
    }

    Goal set(Caller caller, String mentorshipId, GoalPlan plan, boolean shared) {
        Changed<Goal> set = Goal.set(EventIds.next(), mentorships.visibleTo(caller, mentorshipId), caller, plan, shared,
                clock.instant());
        store.insert(set);
        metrics.goalSet();
        log.info("goal {} set tenant={} mentorship={}", set.state().id(), caller.tenantId(), mentorshipId);
        return set.state();
    }

    /** The goals of a mentorship the caller may see: the pair see theirs, administrators the shared ones. */
    List<Goal> ofMentorship(Caller caller, String mentorshipId) {
        Mentorship mentorship = mentorships.visibleTo(caller, mentorshipId);
        return store.ofMentorship(caller.tenantId(), mentorship.id()).stream()
                .filter(goal -> goal.isVisibleTo(caller)).toList();
    }

    /** A goal the caller may not see is reported like a missing one: a goal is private to the pair. */
    Goal visible(Caller caller, String id) {
        return store.find(caller.tenantId(), id)
                .filter(goal -> goal.isVisibleTo(caller))
                .orElseThrow(() -> new ResourceNotFoundException("goal", id));
    }

    Goal edit(Caller caller, String id, GoalEdit edit) {
        return change(caller, id, (goal, mentorship) -> goal.edit(caller, mentorship, edit, clock.instant()));
    }

    Goal recordProgress(Caller caller, String id, ProgressRequest request) {
        Instant now = clock.instant();
        return change(caller, id, (goal, mentorship) -> goal.recordProgress(caller, mentorship,
                request.update(EventIds.next(), caller.subject(), now), request.status(), now));
    }

    Goal addMilestone(Caller caller, String id, MilestoneRequest request) {
        Instant now = clock.instant();
        return change(caller, id, (goal, mentorship) -> goal.addMilestone(caller, mentorship,
                request.milestone(EventIds.next(), caller.subject(), now), now));
    }

    Goal completeMilestone(Caller caller, String id, String milestoneId) {
        return change(caller, id, (goal, mentorship) -> goal.completeMilestone(caller, mentorship, milestoneId,
                clock.instant()));
    }

    /**
     * Clears what a person being erased wrote in the goals they worked on (see
     * {@link Goal#eraseWordsOf}), whatever state their mentorship is in; a replayed erasure changes
     * nothing.
     *
     * @return how many goals this call erased
     */
    public int eraseWordsOf(String tenantId, String personId, String erasureId) {
        int erased = 0;
        for (Goal goal : store.ofParticipant(tenantId, personId)) {
            if (!goal.erasedBy(erasureId)) {
                store.decide(() -> store.find(tenantId, goal.id()).orElseThrow(),
                        current -> current.eraseWordsOf(erasureId, personId, clock.instant()));
                erased++;
            }
        }
        return erased;
    }

    private Goal change(Caller caller, String id, BiFunction<Goal, Mentorship, Changed<Goal>> decision) {
        Changed<Goal> changed = store.decide(() -> visible(caller, id),
                goal -> decision.apply(goal, mentorships.visibleTo(caller, goal.mentorshipId())));
        if (changed.events().stream().anyMatch(GoalAchieved.class::isInstance)) {
            metrics.goalAchieved();
            log.info("goal {} achieved tenant={} mentorship={}", id, caller.tenantId(), changed.state().mentorshipId());
        }
        return changed.state();
    }
}
