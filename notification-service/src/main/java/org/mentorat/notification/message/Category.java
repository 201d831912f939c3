package org.mentorat.notification.message;

/** The groups of notifications a person chooses channels for and may opt out of. */
public enum Category {
    MATCHES, MENTORSHIP, SESSIONS, REMINDERS, FEEDBACK, NUDGES, GOALS, SURVEYS, DIGEST
}
