package org.mentorat.notification.preference;

import org.mentorat.notification.privacy.ErasesPerson;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Forgets the person's channels, opt-outs and quiet hours. */
@Component
@Order(35)
class PreferenceErasure implements ErasesPerson {

    private final Preferences preferences;

    PreferenceErasure(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public String what() {
        return "notification preferences";
    }

    @Override
    public long erase(String tenantId, String personId) {
        preferences.forget(tenantId, personId);
        return 1;
    }
}
