package org.mentorat.notification.preference;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.message.Category;

/**
 * Each person's preferences, one document per tenant and person. Mapped by hand rather than as an
 * aggregate: preferences publish no event and each change is one single-document write (a whole
 * replacement, or adding one opt-out), so there is no outbox and no version to keep. A name this
 * version does not know (a category renamed since) is left out when read.
 */
class PreferenceStore {

    private static final String CHANNELS = "channels";
    private static final String OPTED_OUT = "optedOut";
    private static final String QUIET_HOURS = "quietHours";
    private static final String TIME_ZONE = "timeZone";

    private final MongoCollection<Document> preferences;

    PreferenceStore(MongoDatabase database) {
        this.preferences = database.getCollection("preferences");
    }

    Optional<PersonPreferences> find(String tenantId, String personId) {
        return Optional.ofNullable(preferences.find(mine(tenantId, personId)).first()).map(PreferenceStore::preferencesOf);
    }

    void replace(String tenantId, String personId, PersonPreferences chosen, Instant now) {
        Document channels = new Document();
        chosen.channels().forEach((category, picked) -> channels.append(category.name(), names(picked)));
        Document document = new Document("tenantId", tenantId).append("personId", personId)
                .append(CHANNELS, channels)
                .append(OPTED_OUT, names(chosen.optedOut()))
                .append(QUIET_HOURS, chosen.quietHours() == null ? null : new Document("start",
                        chosen.quietHours().start().toString()).append("end", chosen.quietHours().end().toString()))
                .append(TIME_ZONE, chosen.timeZone() == null ? null : chosen.timeZone().getId())
                .append("updatedAt", Date.from(now));
        preferences.replaceOne(mine(tenantId, personId), document, new ReplaceOptions().upsert(true));
    }

    /** Atomic on its own: an opt-out arriving while the person saves their preferences is not lost in a read-modify-write. */
    void optOut(String tenantId, String personId, Category category, Instant now) {
        preferences.updateOne(mine(tenantId, personId), Updates.combine(
                Updates.set("tenantId", tenantId), Updates.set("personId", personId),
                Updates.addToSet(OPTED_OUT, category.name()), Updates.set("updatedAt", Date.from(now))),
                new UpdateOptions().upsert(true));
    }

    boolean delete(String tenantId, String personId) {
        return preferences.deleteOne(mine(tenantId, personId)).getDeletedCount() > 0;
    }

    /** The key names the tenant: an exact _id lookup, the one shape the embedded store serves from an index. */
    private static Bson mine(String tenantId, String personId) {
        return eq("_id", tenantId + ":" + personId);
    }

    private static PersonPreferences preferencesOf(Document found) {
        Map<Category, Set<Channel>> channels = new EnumMap<>(Category.class);
        Document stored = found.get(CHANNELS, new Document());
        for (Category category : Category.values()) {
            List<String> picked = stored.getList(category.name(), String.class);
            if (picked != null) {
                channels.put(category, known(picked, Channel.class));
            }
        }
        Document quiet = found.get(QUIET_HOURS, Document.class);
        return new PersonPreferences(channels, known(found.getList(OPTED_OUT, String.class, List.of()), Category.class),
                quiet == null ? null : new QuietHours(LocalTime.parse(quiet.getString("start")),
                        LocalTime.parse(quiet.getString("end"))),
                found.getString(TIME_ZONE) == null ? null : ZoneId.of(found.getString(TIME_ZONE)));
    }

    private static <E extends Enum<E>> Set<E> known(List<String> names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (names.contains(value.name())) {
                values.add(value);
            }
        }
        return values;
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(value.name()));
        return names;
    }
}
