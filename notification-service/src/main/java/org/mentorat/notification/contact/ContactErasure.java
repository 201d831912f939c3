package org.mentorat.notification.contact;

import org.mentorat.notification.privacy.ErasesPerson;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Forgets how to address the person, last: what is still queued for them is erased before. */
@Component
@Order(40)
class ContactErasure implements ErasesPerson {

    private final Contacts contacts;

    ContactErasure(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public String what() {
        return "contact details";
    }

    @Override
    public long erase(String tenantId, String personId) {
        contacts.forget(tenantId, personId);
        return 1;
    }
}
