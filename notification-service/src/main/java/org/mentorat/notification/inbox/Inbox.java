package org.mentorat.notification.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Everyone's in-app inbox. Delivery is create-once, so triggers may call it for every
 * redelivery of their event. A person reads only their own notifications: someone else's is
 * reported like a missing one, whatever the caller's roles.
 */
@Service
public class Inbox {

    private final NotificationStore store;
    private final Clock clock;
    private final MeterRegistry meters;

    Inbox(NotificationStore store, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Puts a notification that the dispatch queue delivers in the recipient's inbox, create-once
     * on its id. It neither publishes NotificationSent nor counts it: the queue does both for
     * every channel, once the delivery is recorded.
     *
     * @return false when it was already there (a retry after a crash between placing and recording)
     */
    public boolean place(NewNotification request) {
        return store.insertOnce(Notification.place(request, clock.instant()));
    }

    /**
     * Erases every notification the person received, in this tenant; idempotent (a second call
     * finds nothing left and changes nothing). Notifications of other people that name this one
     * (as {@code counterpartId}) are theirs and stay.
     *
     * @return how many notifications were erased by this call
     */
    public long eraseRecipient(String tenantId, String recipientId) {
        long erased = store.eraseRecipient(tenantId, recipientId);
        if (erased > 0) {
            meters.counter("mentorat.notifications.erased").increment(erased);
        }
        return erased;
    }

    InboxPage of(Caller caller, boolean unreadOnly, int page, int size) {
        return new InboxPage(
                store.inbox(caller.tenantId(), caller.subject(), unreadOnly, page, size).stream()
                        .map(NotificationResponse::of).toList(),
                page, size, store.count(caller.tenantId(), caller.subject(), unreadOnly),
                store.count(caller.tenantId(), caller.subject(), true));
    }

    /** Reading a read notification writes nothing; a concurrent change is decided again, then reported as 409. */
    Notification markRead(Caller caller, String id) {
        Notification notification = own(caller, id);
        if (notification.isRead()) {
            return notification;
        }
        return store.decide(() -> own(caller, id), unread -> unread.markRead(clock.instant()));
    }

    private Notification own(Caller caller, String id) {
        return store.find(caller.tenantId(), id)
                .filter(notification -> notification.recipientId().equals(caller.subject()))
                .orElseThrow(() -> new ResourceNotFoundException("notification", id));
    }
}
