package org.mentorat.notification.inbox;

import org.mentorat.notification.privacy.ErasesPerson;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The person's inbox is emptied, after their pending outgoing messages (see {@code DispatchErasure}). */
@Component
@Order(20)
class InboxErasure implements ErasesPerson {

    private final Inbox inbox;

    InboxErasure(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String what() {
        return "notifications";
    }

    @Override
    public long erase(String tenantId, String personId) {
        return inbox.eraseRecipient(tenantId, personId);
    }
}
