package org.mentorat.notification.dispatch;

/** Where a notification reaches its recipient. */
public enum Channel {
    EMAIL, IN_APP, SLACK, TEAMS
}
