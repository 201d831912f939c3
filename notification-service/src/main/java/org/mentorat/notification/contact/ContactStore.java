package org.mentorat.notification.contact;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.Optional;
import org.bson.Document;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;

/**
 * Personal data: how to address each person, one document per tenant and person, kept as profile
 * wrote it (the language and zone are resolved on reading, so a new tenant default applies to
 * everyone at once). A change applies only over an older one ({@code ce_sequence} of the person's
 * profile), so a redelivered or replayed event changes nothing; a forgotten person stays forgotten.
 */
class ContactStore {

    private static final String ACTIVE = "active";

    private final MongoCollection<Document> contacts;

    ContactStore(MongoDatabase database) {
        this.contacts = database.getCollection("contacts");
    }

    boolean record(ContactDetailsChanged changed, IncomingEvent event) {
        return ReadModels.applyIfNewer(contacts, key(event.tenantId(), changed.personId()), event, Updates.combine(
                Updates.set("tenantId", event.tenantId()),
                Updates.set("personId", changed.personId()),
                Updates.set("givenName", changed.givenName()),
                Updates.set("familyName", changed.familyName()),
                Updates.set("email", changed.email()),
                Updates.set("locale", changed.locale()),
                Updates.set("timeZone", changed.timeZone())));
    }

    /** Later contact details leave the person inactive: only a reactivation says otherwise. */
    boolean deactivate(String personId, IncomingEvent event) {
        return setActive(personId, event, false);
    }

    boolean reactivate(String personId, IncomingEvent event) {
        return setActive(personId, event, true);
    }

    private boolean setActive(String personId, IncomingEvent event, boolean active) {
        return ReadModels.applyIfNewer(contacts, key(event.tenantId(), personId), event, Updates.combine(
                Updates.set("tenantId", event.tenantId()),
                Updates.set("personId", personId),
                Updates.set(ACTIVE, active)));
    }

    Optional<StoredContact> find(String tenantId, String personId) {
        // the key names the tenant: an exact _id lookup, the one shape the embedded store serves from an index
        Document found = contacts.find(eq("_id", key(tenantId, personId))).first();
        if (found == null || found.getBoolean(ReadModels.ERASED, false)) {
            return Optional.empty();
        }
        return Optional.of(new StoredContact(found.getString("givenName"), found.getString("familyName"),
                found.getString("email"), found.getString("locale"), found.getString("timeZone"),
                found.getBoolean(ACTIVE, true)));
    }

    void forget(String tenantId, String personId) {
        ReadModels.forget(contacts, key(tenantId, personId), tenantId);
    }

    private static String key(String tenantId, String personId) {
        return tenantId + ":" + personId;
    }

    /** The details as profile published them: language and zone not yet resolved. */
    record StoredContact(String givenName, String familyName, String email, String locale, String timeZone,
            boolean active) {
    }
}
