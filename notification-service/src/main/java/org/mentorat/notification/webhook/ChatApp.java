package org.mentorat.notification.webhook;

/** The chat tools a tenant can connect an incoming webhook of. */
public enum ChatApp {
    SLACK, TEAMS
}
