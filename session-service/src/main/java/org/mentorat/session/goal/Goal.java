package org.mentorat.session.goal;

import static org.mentorat.session.goal.GoalRules.dayOf;
import static org.mentorat.session.goal.GoalRules.invalid;
import static org.mentorat.session.goal.GoalRules.requireActive;
import static org.mentorat.session.goal.GoalRules.requireNotPast;
import static org.mentorat.session.goal.GoalRules.requireRoom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.events.session.GoalSet;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.session.mentorship.Mentorship;

/**
 * A mentee's SMART goal in a mentorship, with its milestones and dated progress. The goal is the
 * mentee's: they set it, word it and decide whether the program sees it; the pair (the mentee and
 * their mentor) work on it together, so either records progress, adds and ticks off milestones and
 * says how it is going. It changes only while its mentorship is active and until it is achieved or
 * dropped. Dates are days in UTC, like the clock.
 *
 * <p>Public, like the records it holds, because the store maps it with the driver's record codec.
 */
public record Goal(
        String id,
        String tenantId,
        String mentorshipId,
        String programId,
        String mentorId,
        String menteeId,
        GoalPlan plan,
        GoalStatus status,
        boolean sharedWithProgram,
        List<Milestone> milestones,
        List<ProgressUpdate> progress,
        Instant setAt,
        Instant closedAt,
        List<GoalErasure> erasures,
        long version) implements Aggregate {

    /** Bounds on one goal's document; a real goal has far fewer. */
    static final int MAX_MILESTONES = 30;
    static final int MAX_PROGRESS_UPDATES = 500;

    public Goal {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        progress = progress == null ? List.of() : List.copyOf(progress);
        erasures = erasures == null ? List.of() : List.copyOf(erasures);
    }

    static Changed<Goal> set(String id, Mentorship mentorship, Caller by, GoalPlan plan, boolean shared, Instant now) {
        if (!mentorship.menteeIds().contains(by.subject())) {
            throw new ForbiddenException("Only a mentee sets goals in their mentorship: a goal is the mentee's own.");
        }
        requireActive(mentorship);
        requireNotPast(plan.targetDate(), now, "targetDate", "a SMART goal is Time-bound: the target date");
        Goal goal = new Goal(id, mentorship.tenantId(), mentorship.id(), mentorship.programId(), mentorship.mentorId(),
                by.subject(), plan, GoalStatus.OPEN, shared, List.of(), List.of(), now, null, List.of(), 0);
        return Changed.of(goal, new GoalSet(id, goal.mentorshipId, goal.programId, goal.menteeId,
                plan.targetDate().toString(), shared, now));
    }

    /** Rewording and sharing are the mentee's alone; the status is the pair's. */
    Changed<Goal> edit(Caller by, Mentorship in, GoalEdit edit, Instant now) {
        requireChangeableBy(by, in);
        boolean reworded = !plan.equals(edit.plan());
        if ((reworded || sharedWithProgram != edit.sharedWithProgram()) && !menteeId.equals(by.subject())) {
            throw new ForbiddenException("Only the mentee whose goal it is can reword it or share it with the program.");
        }
        if (reworded && !plan.targetDate().equals(edit.plan().targetDate())) {
            requireNotPast(edit.plan().targetDate(), now, "targetDate", "a SMART goal is Time-bound: the target date");
        }
        return with(edit.plan(), edit.sharedWithProgram(), milestones, progress).moveTo(edit.status(), now);
    }

    /** Records where the measure stands, and the pair's view of how it is going if they give one. */
    Changed<Goal> recordProgress(Caller by, Mentorship in, ProgressUpdate update, GoalStatus newStatus, Instant now) {
        requireChangeableBy(by, in);
        if (update.date().isAfter(dayOf(now))) {
            throw invalid("date", "is in the future: record progress once it has happened");
        }
        if (update.date().isBefore(dayOf(setAt))) {
            throw invalid("date", "is before the goal was set, on " + dayOf(setAt));
        }
        requireRoom(progress.size(), MAX_PROGRESS_UPDATES, "progress updates");
        List<ProgressUpdate> recorded = new ArrayList<>(progress);
        recorded.add(update);
        Goal next = with(plan, sharedWithProgram, milestones, recorded);
        return newStatus == null ? Changed.of(next) : next.moveTo(newStatus, now);
    }

    Changed<Goal> addMilestone(Caller by, Mentorship in, Milestone milestone, Instant now) {
        requireChangeableBy(by, in);
        requireNotPast(milestone.dueDate(), now, "dueDate", "the due date");
        if (milestone.dueDate().isAfter(plan.targetDate())) {
            throw invalid("dueDate", "falls after the goal's target date, " + plan.targetDate());
        }
        requireRoom(milestones.size(), MAX_MILESTONES, "milestones");
        List<Milestone> added = new ArrayList<>(milestones);
        added.add(milestone);
        return Changed.of(with(plan, sharedWithProgram, added, progress));
    }

    Changed<Goal> completeMilestone(Caller by, Mentorship in, String milestoneId, Instant now) {
        requireChangeableBy(by, in);
        Milestone milestone = milestones.stream().filter(candidate -> candidate.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("milestone", milestoneId));
        if (milestone.isDone()) {
            throw new ConflictException("milestone-already-done", "This milestone was already done on "
                    + dayOf(milestone.doneAt()) + ".");
        }
        List<Milestone> ticked = milestones.stream()
                .map(candidate -> candidate == milestone ? candidate.doneAt(now) : candidate).toList();
        return Changed.of(with(plan, sharedWithProgram, ticked, progress));
    }

    /**
     * Clears a person's words: all the words of the goal when they are its mentee (the goal is about
     * them, whoever wrote each line), otherwise the milestone titles and progress notes they wrote.
     * Dates, numbers, statuses and counts stay for the program's figures; the erasure is recorded
     * so that the same erasure changes nothing the second time.
     */
    Changed<Goal> eraseWordsOf(String erasureId, String personId, Instant now) {
        if (erasedBy(erasureId)) {
            return Changed.of(this);
        }
        boolean wholeGoal = menteeId.equals(personId);
        List<String> cleared = new ArrayList<>(wholeGoal ? List.of("specific", "measure.metric", "relevance") : List.of());
        List<Milestone> keptMilestones = milestones.stream()
                .map(step -> wholeGoal || personId.equals(step.addedBy()) ? step.withoutTitle() : step).toList();
        List<ProgressUpdate> keptProgress = progress.stream()
                .map(update -> wholeGoal || personId.equals(update.authorId()) ? update.withoutNote() : update).toList();
        if (!keptMilestones.equals(milestones)) {
            cleared.add("milestones.title");
        }
        if (!keptProgress.equals(progress)) {
            cleared.add("progress.note");
        }
        List<GoalErasure> marks = new ArrayList<>(erasures);
        marks.add(new GoalErasure(erasureId, personId, now, cleared));
        return Changed.of(new Goal(id, tenantId, mentorshipId, programId, mentorId, menteeId,
                wholeGoal ? plan.withoutWords() : plan, status, sharedWithProgram, keptMilestones, keptProgress, setAt,
                closedAt, marks, version));
    }

    boolean erasedBy(String erasureId) {
        return erasures.stream().anyMatch(mark -> mark.erasureId().equals(erasureId));
    }

    /** The mentee and their mentor; the tenant's program administrators only once the mentee shared it. */
    boolean isVisibleTo(Caller caller) {
        return isOfThePair(caller.subject()) || caller.isAdmin() && sharedWithProgram;
    }

    boolean isOfThePair(String personId) {
        return menteeId.equals(personId) || mentorId.equals(personId);
    }

    private Changed<Goal> moveTo(GoalStatus target, Instant now) {
        if (target == status) {
            return Changed.of(this);
        }
        if (target == GoalStatus.OPEN) {
            throw new ConflictException("goal-transition-not-allowed",
                    "A goal that has been worked on does not go back to OPEN; say whether it is ON_TRACK or AT_RISK.");
        }
        Goal moved = new Goal(id, tenantId, mentorshipId, programId, mentorId, menteeId, plan, target,
                sharedWithProgram, milestones, progress, setAt, target.isFinal() ? now : null, erasures, version);
        return target == GoalStatus.ACHIEVED
                ? Changed.of(moved, new GoalAchieved(id, mentorshipId, programId, menteeId, now))
                : Changed.of(moved);
    }

    private void requireChangeableBy(Caller by, Mentorship in) {
        if (!isOfThePair(by.subject())) {
            throw new ForbiddenException("Only the mentee whose goal it is and their mentor change it; "
                    + "program administrators read the goals shared with the program.");
        }
        requireActive(in);
        if (status.isFinal()) {
            throw new ConflictException("goal-closed", "This goal is " + status + "; an achieved or dropped goal "
                    + "no longer changes. Set a new goal instead.");
        }
    }

    private Goal with(GoalPlan newPlan, boolean shared, List<Milestone> newMilestones, List<ProgressUpdate> newProgress) {
        return new Goal(id, tenantId, mentorshipId, programId, mentorId, menteeId, newPlan, status, shared,
                newMilestones, newProgress, setAt, closedAt, erasures, version);
    }
}
