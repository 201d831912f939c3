package org.mentorat.session.people;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.Optional;
import org.bson.Document;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/**
 * Personal data: the latest contact details of each person, one document per tenant and person.
 * A change applies only over an older one ({@code ce_sequence} of the person's profile), so a
 * redelivered or replayed event changes nothing. Erasing leaves a bare document that no later
 * change can fill again.
 */
@Component
class ContactStore {

    static final String ERASED = "erased";

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

    Optional<Contact> find(String tenantId, String personId) {
        Document found = contacts.find(and(eq("_id", key(tenantId, personId)), eq("tenantId", tenantId))).first();
        if (found == null || found.getBoolean(ERASED, false) || found.getString("email") == null) {
            return Optional.empty();
        }
        return Optional.of(new Contact(personId, found.getString("givenName"), found.getString("familyName"),
                found.getString("email"), found.getString("locale"), found.getString("timeZone")));
    }

    /** Keeps only the key, and a sequence no event can pass, so a replayed change cannot bring the details back. */
    void erase(String tenantId, String personId) {
        contacts.replaceOne(eq("_id", key(tenantId, personId)), new Document("tenantId", tenantId)
                        .append(ERASED, true).append(ReadModels.LAST_SEQUENCE, Long.MAX_VALUE),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    private static String key(String tenantId, String personId) {
        return tenantId + ":" + personId;
    }
}
