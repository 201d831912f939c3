package org.mentorat.notification.inbox;

import jakarta.validation.constraints.Size;
import java.util.List;

/** One page of a person's notifications, newest first; {@code unread} counts the whole inbox for a badge. */
record InboxPage(@Size(max = MAX_SIZE) List<NotificationResponse> items, int page, int size, long total, long unread) {

    /** The largest page a client may ask for (the {@code size} parameter's bound). */
    static final int MAX_SIZE = 100;
}
