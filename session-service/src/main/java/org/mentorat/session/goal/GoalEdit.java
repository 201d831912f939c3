package org.mentorat.session.goal;

/** What a goal should look like after an edit: its wording, its status and whether the program sees it. */
record GoalEdit(GoalPlan plan, GoalStatus status, boolean sharedWithProgram) {
}
