package org.mentorat.notification.inbox;

/** Where a notification reaches its recipient; in-app only for now, email and chat come later. */
public enum NotificationChannel {
    IN_APP
}
