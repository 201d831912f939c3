package org.mentorat.notification.inbox;

/** What a notification asks of or tells its recipient; clients render and translate the text. */
public enum NotificationKind {
    MATCH_PROPOSED, MENTORSHIP_STARTED, FEEDBACK_REQUEST
}
