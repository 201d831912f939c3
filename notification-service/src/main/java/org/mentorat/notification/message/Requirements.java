package org.mentorat.notification.message;

import java.util.ArrayList;
import java.util.List;

/**
 * What each kind cannot be written without. A trigger that forgets one learns it at once, with the
 * argument's name, rather than a recipient reading a sentence with a hole in it.
 */
final class Requirements {

    private Requirements() {
    }

    static void check(NotificationKind kind, MessageArguments a) {
        List<String> missing = new ArrayList<>();
        need(missing, a.recipientName() != null && !a.recipientName().isBlank(), "recipientName");
        need(missing, a.programName() != null && !a.programName().isBlank(), "programName");
        if (kind != NotificationKind.GOAL_DUE && kind != NotificationKind.PROGRAM_DIGEST) {
            need(missing, !a.counterpartNames().isEmpty(), "counterpartNames");
        }
        switch (kind) {
            case SESSION_SCHEDULED, SESSION_RESCHEDULED, SESSION_CANCELLED, FEEDBACK_REQUEST, FEEDBACK_FOLLOW_UP ->
                    need(missing, a.sessionStart() != null, "sessionStart");
            case SESSION_REMINDER -> {
                need(missing, a.sessionStart() != null, "sessionStart");
                need(missing, a.reminderOffset() != null && a.reminderOffset().isPositive(), "reminderOffset");
            }
            case GOAL_DUE -> {
                need(missing, a.goalTargetDate() != null, "goalTargetDate");
            }
            case PROGRAM_DIGEST -> need(missing, a.digest() != null, "digest");
            default -> {
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs " + String.join(", ", missing));
        }
    }

    private static void need(List<String> missing, boolean present, String argument) {
        if (!present) {
            missing.add(argument);
        }
    }
}
