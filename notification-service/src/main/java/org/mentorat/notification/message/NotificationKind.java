package org.mentorat.notification.message;

/**
 * What a notification asks of or tells its recipient. Each kind belongs to one category, which is
 * what people choose channels for, opt out of, or a program makes mandatory.
 */
public enum NotificationKind {
    MATCH_PROPOSED(Category.MATCHES),
    MENTORSHIP_STARTED(Category.MENTORSHIP),
    SESSION_SCHEDULED(Category.SESSIONS),
    SESSION_RESCHEDULED(Category.SESSIONS),
    SESSION_CANCELLED(Category.SESSIONS),
    SESSION_REMINDER(Category.REMINDERS),
    FEEDBACK_REQUEST(Category.FEEDBACK),
    FEEDBACK_FOLLOW_UP(Category.FEEDBACK),
    MENTORSHIP_STALLED(Category.NUDGES),
    GOAL_DUE(Category.GOALS),
    CLOSING_SURVEY(Category.SURVEYS),
    PROGRAM_DIGEST(Category.DIGEST);

    private final Category category;

    NotificationKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
