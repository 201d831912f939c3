package org.mentorat.profile.program;

/**
 * The groups of notifications a program may make mandatory: the names notification-service gives
 * them, as ProgramPublished's schema lists them.
 */
enum NotificationCategory {
    MATCHES, MENTORSHIP, SESSIONS, REMINDERS, FEEDBACK, NUDGES, GOALS, SURVEYS, DIGEST
}
