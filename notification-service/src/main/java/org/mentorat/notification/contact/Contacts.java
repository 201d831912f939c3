package org.mentorat.notification.contact;

import java.util.Locale;
import java.util.Optional;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileReactivated;
import org.mentorat.platform.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Notification-service's read model of how to address people, fed by profile's events only: it
 * never calls profile-service, so a person it has not heard of yet is simply unknown.
 */
@Service
public class Contacts {

    private static final Logger log = LoggerFactory.getLogger(Contacts.class);

    private final ContactStore store;
    private final ContactSettings settings;

    Contacts(ContactStore store, ContactSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** The person as messages address them; empty when never heard of, or forgotten. */
    public Optional<Contact> of(String tenantId, String personId) {
        return store.find(tenantId, personId).map(stored -> new Contact(tenantId, personId, stored.givenName(),
                stored.familyName(), stored.email(), settings.localeOf(tenantId, stored.locale()),
                ContactSettings.zoneOf(stored.timeZone()), stored.active()));
    }

    /** The language of a tenant's messages to someone whose own language is unknown. */
    public Locale defaultLocale(String tenantId) {
        return settings.defaultLocaleOf(tenantId);
    }

    /**
     * Drops everything known to address the person (the erasure of their profile); no change of
     * theirs, redelivered or replayed however late, can bring it back. Idempotent.
     */
    public void forget(String tenantId, String personId) {
        store.forget(tenantId, personId);
        log.info("contact forgotten tenant={} aggregate={}", tenantId, personId);
    }

    void record(ContactDetailsChanged changed, IncomingEvent event) {
        boolean applied = store.record(changed, requirePerson(changed.personId(), event));
        log.info("contact details {} tenant={} aggregate={} eventId={}", applied ? "recorded" : "already newer",
                event.tenantId(), changed.personId(), event.id());
    }

    void deactivate(ProfileDeactivated deactivated, IncomingEvent event) {
        boolean applied = store.deactivate(deactivated.personId(), requirePerson(deactivated.personId(), event));
        log.info("contact {} tenant={} aggregate={} eventId={}", applied ? "deactivated" : "already newer",
                event.tenantId(), deactivated.personId(), event.id());
    }

    /** A rehire, or a deactivation undone: messages go to the person again. */
    void reactivate(ProfileReactivated reactivated, IncomingEvent event) {
        boolean applied = store.reactivate(reactivated.personId(), requirePerson(reactivated.personId(), event));
        log.info("contact {} tenant={} aggregate={} eventId={}", applied ? "reactivated" : "already newer",
                event.tenantId(), reactivated.personId(), event.id());
    }

    /** An event without its person can never be applied: dead-lettered rather than skipped. */
    private static IncomingEvent requirePerson(String personId, IncomingEvent event) {
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException(event.type() + " lacks personId");
        }
        return event;
    }
}
