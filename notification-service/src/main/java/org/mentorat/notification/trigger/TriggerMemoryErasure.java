package org.mentorat.notification.trigger;

import org.mentorat.notification.privacy.ErasesPerson;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Forgets who gave feedback on which session: ids of a person, kept only to spare them a follow-up. */
@Component
@Order(30)
class TriggerMemoryErasure implements ErasesPerson {

    private final TriggerMemoryStore memory;

    TriggerMemoryErasure(TriggerMemoryStore memory) {
        this.memory = memory;
    }

    @Override
    public String what() {
        return "feedback marks";
    }

    @Override
    public long erase(String tenantId, String personId) {
        return memory.forget(tenantId, personId);
    }
}
