package org.mentorat.notification.preference;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.mentorat.notification.contact.Contact;
import org.mentorat.notification.contact.Contacts;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.message.Category;
import org.mentorat.notification.unsubscribe.CategoryOptOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Everyone's notification preferences: which channels a notification goes through and when it may
 * arrive. A person who never chose anything gets every category by email and in-app, at any hour.
 */
@Service
public class Preferences implements CategoryOptOut {

    private static final Logger log = LoggerFactory.getLogger(Preferences.class);

    private final PreferenceStore store;
    private final Contacts contacts;
    private final Clock clock;

    Preferences(PreferenceStore store, Contacts contacts, Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** A person's choices, read once for a message: through which channels it goes, and when. */
    public interface Choices {

        /** As {@link Preferences#channelsFor}. */
        Set<Channel> channelsFor(Category category, Set<Category> mandatory);

        /** As {@link Preferences#deliveryTime}. */
        Instant deliveryTime(ZoneId zone, Instant due, Instant notAfter);
    }

    public Choices choicesOf(String tenantId, String personId) {
        PersonPreferences chosen = of(tenantId, personId);
        return new Choices() {
            @Override
            public Set<Channel> channelsFor(Category category, Set<Category> mandatory) {
                return chosen.channelsFor(category, mandatory);
            }

            @Override
            public Instant deliveryTime(ZoneId zone, Instant due, Instant notAfter) {
                return chosen.deliveryTime(zone, due, notAfter, clock.instant());
            }
        };
    }

    /**
     * The channels a notification of {@code category} reaches the person through: empty when they
     * opted out of it, unless a program of theirs makes it {@code mandatory}; a mandatory category
     * goes through the channels they chose, or by email and in-app if they chose none.
     */
    public Set<Channel> channelsFor(String tenantId, String personId, Category category, Set<Category> mandatory) {
        return of(tenantId, personId).channelsFor(category, mandatory);
    }

    /**
     * When a notification due at {@code due} may reach the person: unchanged outside their quiet
     * hours; in them, when they end if that is no later than {@code notAfter} (null: no deadline),
     * otherwise a minute before they start; never earlier than now. Quiet hours are in the zone the
     * person chose, else {@code zone} (their contact's), else UTC.
     */
    public Instant deliveryTime(String tenantId, String personId, ZoneId zone, Instant due, Instant notAfter) {
        return of(tenantId, personId).deliveryTime(zone, due, notAfter, clock.instant());
    }

    /** The one-click unsubscribe of an email: no more of this category (a mandatory one still comes). Idempotent. */
    @Override
    public void optOut(String tenantId, String personId, Category category) {
        store.optOut(tenantId, personId, category, clock.instant());
        log.info("opted out of {} tenant={} aggregate={}", category, tenantId, personId);
    }

    /** Erases the person's preferences (their erasure); afterwards they read as the defaults. Idempotent. */
    public void forget(String tenantId, String personId) {
        boolean erased = store.delete(tenantId, personId);
        log.info("preferences {} tenant={} aggregate={}", erased ? "forgotten" : "none to forget", tenantId, personId);
    }

    PreferencesResponse mine(String tenantId, String personId) {
        return PreferencesResponse.of(of(tenantId, personId), contactZone(tenantId, personId));
    }

    PreferencesResponse replace(String tenantId, String personId, PersonPreferences chosen) {
        store.replace(tenantId, personId, chosen, clock.instant());
        log.info("preferences saved tenant={} aggregate={}", tenantId, personId);
        return PreferencesResponse.of(chosen, contactZone(tenantId, personId));
    }

    private PersonPreferences of(String tenantId, String personId) {
        return store.find(tenantId, personId).orElse(PersonPreferences.DEFAULTS);
    }

    private ZoneId contactZone(String tenantId, String personId) {
        return contacts.of(tenantId, personId).map(Contact::timeZone).orElse(null);
    }
}
