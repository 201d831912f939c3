package org.mentorat.notification.dispatch;

import org.mentorat.notification.privacy.ErasesPerson;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The person's outgoing messages are forgotten first, so that none of them is sent once their inbox is empty. */
@Component
@Order(10)
class DispatchErasure implements ErasesPerson {

    private final Dispatches dispatches;

    DispatchErasure(Dispatches dispatches) {
        this.dispatches = dispatches;
    }

    @Override
    public String what() {
        return "outgoing messages";
    }

    @Override
    public long erase(String tenantId, String personId) {
        return dispatches.eraseRecipient(tenantId, personId);
    }
}
