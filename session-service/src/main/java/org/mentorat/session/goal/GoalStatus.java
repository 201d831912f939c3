package org.mentorat.session.goal;

/**
 * Where a goal stands. {@code OPEN} until the pair first says how it is going ({@code ON_TRACK} or
 * {@code AT_RISK}, back and forth as often as needed); {@code ACHIEVED} and {@code DROPPED} are
 * final.
 */
public enum GoalStatus {
    OPEN, ON_TRACK, AT_RISK, ACHIEVED, DROPPED;

    boolean isFinal() {
        return this == ACHIEVED || this == DROPPED;
    }
}
