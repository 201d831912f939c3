package org.mentorat.notification.inbox;

import java.util.List;

/** One page of a person's notifications, newest first; {@code unread} counts the whole inbox for a badge. */
record InboxPage(List<NotificationResponse> items, int page, int size, long total, long unread) {
}
