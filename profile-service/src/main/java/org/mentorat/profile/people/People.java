package org.mentorat.profile.people;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The people of a tenant: registration, lookup by the HR keys (employee number, user name,
 * external id), search, and changes. A new or returning person, and a change that matters to
 * matching, publish ProfileUpdated; a deactivation publishes ProfileDeactivated — each in the same
 * write as the change (see {@link ProfileEvents}).
 */
@Service
public class People {

    private static final String DELETED = "deleted";
    private static final String ERASED = "erased";
    private static final String MODIFIED_AT = "modifiedAt";

    private final AggregateStore people;
    private final SkillTaxonomy taxonomy;
    private final ProfileEvents events;
    private final Clock clock;

    People(@Qualifier("peopleStore") AggregateStore people, SkillTaxonomy taxonomy, Clock clock) {
        this.people = people;
        this.taxonomy = taxonomy;
        this.events = new ProfileEvents(clock);
        this.clock = clock;
        people.collection().createIndex(Indexes.ascending(AggregateStore.TENANT, "employeeNumber"),
                new IndexOptions().unique(true).name("employee_number_per_tenant"));
        people.collection().createIndex(Indexes.ascending(AggregateStore.TENANT, "userNameKey"),
                new IndexOptions().unique(true).name("user_name_per_tenant"));
        people.collection().createIndex(Indexes.ascending(AggregateStore.TENANT, "skills.key"));
    }

    /**
     * Registers a new person; a taken employee number or user name is a conflict, except when it
     * belongs to someone removed (SCIM DELETE) and not erased: a rehire gets their profile back.
     */
    public Person register(String tenantId, PersonDraft draft) {
        Person person = new Person(EventIds.next(), 1, draft.withDefaults());
        CanonicalNames names = namesOf(tenantId, person.profile());
        try {
            people.insert(tenantId, person.id(), document(person.profile(), names),
                    events.arrived(person.id(), person.profile(), names));
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                Optional<Person> removed = removedHolderOf(tenantId, person.profile());
                if (removed.isPresent()) {
                    return rehire(tenantId, removed.get(), person.profile());
                }
                throw new ConflictException("duplicate-person",
                        "A person with employee number " + draft.employeeNumber() + " or user name "
                                + person.profile().userName() + " already exists.");
            }
            throw e;
        }
        return person;
    }

    private Optional<Person> removedHolderOf(String tenantId, PersonDraft profile) {
        return Optional.ofNullable(people.collection().find(and(eq(AggregateStore.TENANT, tenantId),
                        eq(DELETED, true), ne(ERASED, true), or(eq("employeeNumber", profile.employeeNumber()),
                                eq("userNameKey", SkillTaxonomy.key(profile.userName()))))).first())
                .map(Person::fromDocument);
    }

    private Person rehire(String tenantId, Person removed, PersonDraft profile) {
        CanonicalNames names = namesOf(tenantId, profile);
        List<Bson> changes = new ArrayList<>(setAll(document(profile, names)));
        changes.add(Updates.set(DELETED, false));
        if (!people.update(tenantId, removed.id(), removed.version(), Updates.combine(changes),
                events.arrived(removed.id(), profile, names))) {
            throw new ConflictException("concurrent-change", "Person " + removed.id() + " changed meanwhile; retry.");
        }
        return get(tenantId, removed.id());
    }

    public Optional<Person> find(String tenantId, String personId) {
        return people.find(tenantId, personId).filter(document -> !document.getBoolean(DELETED, false))
                .map(Person::fromDocument);
    }

    public Person get(String tenantId, String personId) {
        return find(tenantId, personId).orElseThrow(() -> new ResourceNotFoundException("person", personId));
    }

    /**
     * Queries exactly the keys of the unique index, as one flat equality document, so that the
     * embedded store (mongo-java-server, which uses an index only for such queries) finds the
     * person without scanning the tenant: HR imports look up every row this way.
     */
    public Optional<Person> findByEmployeeNumber(String tenantId, String employeeNumber) {
        return Optional.ofNullable(people.collection().find(new Document(AggregateStore.TENANT, tenantId)
                        .append("employeeNumber", employeeNumber)).first())
                .filter(document -> !document.getBoolean(DELETED, false)).map(Person::fromDocument);
    }

    public Optional<Person> findByUserName(String tenantId, String userName) {
        return findOne(and(eq(AggregateStore.TENANT, tenantId), eq("userNameKey", SkillTaxonomy.key(userName))));
    }

    public Optional<Person> findByExternalId(String tenantId, String externalId) {
        return findOne(and(eq(AggregateStore.TENANT, tenantId), eq("externalId", externalId)));
    }

    /**
     * When each of these people last changed (SCIM's {@code meta.lastModified}); people whose
     * last change was stored before this was recorded are absent from the answer.
     */
    public Map<String, Instant> lastModified(String tenantId, Collection<String> personIds) {
        Map<String, Instant> times = new HashMap<>();
        people.collection().find(and(eq(AggregateStore.TENANT, tenantId), in("_id", personIds)))
                .projection(new Document(MODIFIED_AT, 1))
                .forEach(document -> {
                    Date modified = document.getDate(MODIFIED_AT);
                    if (modified != null) {
                        times.put(document.getString("_id"), modified.toInstant());
                    }
                });
        return times;
    }

    /**
     * Replaces the profile if the person is still at {@code expectedVersion}, publishing what
     * matching must know. {@code reason} says why a deactivation happened (ADMIN, SCIM_LEAVER…).
     */
    public Person replace(String tenantId, Person current, PersonDraft draft, String reason) {
        PersonDraft next = draft.withDefaults();
        CanonicalNames names = namesOf(tenantId, next);
        boolean stored = people.update(tenantId, current.id(), current.version(),
                Updates.combine(setAll(document(next, names))), events.changed(current, next, reason, names));
        if (!stored) {
            throw new ConflictException("concurrent-change",
                    "Person " + current.id() + " changed since version " + current.version() + "; reload and retry.");
        }
        return get(tenantId, current.id());
    }

    public Person deactivate(String tenantId, String personId, String reason) {
        Person current = get(tenantId, personId);
        if (!current.isActive()) {
            return current;
        }
        return replace(tenantId, current, withActive(current.profile(), false), reason);
    }

    /** Hides the person from every lookup (SCIM DELETE) after deactivating them. */
    public void remove(String tenantId, String personId) {
        Person deactivated = deactivate(tenantId, personId, "DELETED");
        people.update(tenantId, personId, deactivated.version(), Updates.set(DELETED, true), List.of());
    }

    /**
     * The person as held here, including one that SCIM removed from lookups (their data is still
     * held until erased); empty once erased.
     */
    public Optional<Person> findHeld(String tenantId, String personId) {
        return people.find(tenantId, personId).filter(document -> !document.getBoolean(ERASED, false))
                .map(Person::fromDocument);
    }

    /**
     * Erases the person (GDPR art. 17): every attribute is removed and a tombstone stays under the
     * same id, so that erasure receipts can refer to it; ProfileErasureRequested goes out in the
     * same write. The employee number and user name are replaced by {@code erased:<id>}, which
     * frees them and keeps the unique indexes satisfied. Hidden from every lookup afterwards.
     *
     * @return false if the person was already erased (nothing written)
     */
    public boolean erase(String tenantId, String personId, String erasureId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Document current = people.find(tenantId, personId)
                    .orElseThrow(() -> new ResourceNotFoundException("person", personId));
            if (current.getBoolean(ERASED, false)) {
                return false;
            }
            if (people.update(tenantId, personId, ((Number) current.get(AggregateStore.VERSION)).longValue(),
                    tombstone(current, personId, erasureId),
                    List.of(new ProfileErasureRequested(erasureId, personId, clock.instant())))) {
                return true;
            }
        }
        throw new ConflictException("concurrent-change", "Person " + personId + " keeps changing; retry the erasure.");
    }

    /** Unsets every stored attribute, whatever it is, except the aggregate's bookkeeping. */
    private Bson tombstone(Document current, String personId, String erasureId) {
        List<Bson> tombstone = new ArrayList<>(List.of(Updates.set("employeeNumber", "erased:" + personId),
                Updates.set("userNameKey", "erased:" + personId), Updates.set("active", false),
                Updates.set(ERASED, true), Updates.set(DELETED, true), Updates.set("erasureId", erasureId),
                Updates.set("erasedAt", java.util.Date.from(clock.instant()))));
        java.util.Set<String> kept = java.util.Set.of("_id", AggregateStore.TENANT, AggregateStore.VERSION,
                "outbox", "outboxPending", "leaseUntil", "leaseOwner", "employeeNumber", "userNameKey", "active",
                ERASED, DELETED, "erasureId", "erasedAt");
        current.keySet().stream().filter(field -> !kept.contains(field))
                .forEach(field -> tombstone.add(Updates.unset(field)));
        return Updates.combine(tombstone);
    }

    /** Creates or updates by employee number; with {@code dryRun} only says what would happen. */
    public UpsertOutcome upsertByEmployeeNumber(String tenantId, PersonDraft draft, boolean dryRun) {
        Optional<Person> existing = findByEmployeeNumber(tenantId, draft.employeeNumber());
        if (existing.isEmpty()) {
            String id = dryRun ? null : register(tenantId, draft).id();
            return new UpsertOutcome(id, UpsertOutcome.Kind.CREATED, List.of());
        }
        Person current = existing.get();
        PersonDraft next = draft.withDefaults();
        if (current.profile().equals(next)) {
            return new UpsertOutcome(current.id(), UpsertOutcome.Kind.UNCHANGED, List.of());
        }
        if (!dryRun) {
            replace(tenantId, current, next, "HR_IMPORT");
        }
        return new UpsertOutcome(current.id(), UpsertOutcome.Kind.UPDATED, PersonChanges.matchingRelevant(
                current.profile(), next));
    }

    public PersonPage search(String tenantId, PeopleQuery query) {
        List<Bson> filters = new ArrayList<>(List.of(eq(AggregateStore.TENANT, tenantId), ne(DELETED, true)));
        if (query.skill() != null) {
            filters.add(in("skills.key", taxonomy.equivalentKeys(tenantId, query.skill())));
        }
        if (query.department() != null) {
            filters.add(eq("department", query.department()));
        }
        if (query.language() != null) {
            filters.add(eq("languages", query.language()));
        }
        Bson filter = and(filters);
        List<Person> items = people.collection().find(filter).sort(Sorts.ascending("_id"))
                .skip(query.page() * query.size()).limit(query.size())
                .map(Person::fromDocument).into(new ArrayList<>());
        return new PersonPage(items, query.page(), query.size(), people.collection().countDocuments(filter));
    }

    private Optional<Person> findOne(Bson filter) {
        return Optional.ofNullable(people.collection().find(and(filter, ne(DELETED, true))).first())
                .map(Person::fromDocument);
    }

    private CanonicalNames namesOf(String tenantId, PersonDraft profile) {
        return taxonomy.canonicalNames(tenantId, profile.skills().stream().map(Skill::name).toList());
    }

    private Document document(PersonDraft profile, CanonicalNames names) {
        return new Person(null, 0, profile).toDocument(names).append(MODIFIED_AT, Date.from(clock.instant()));
    }

    private static List<Bson> setAll(Document fields) {
        return fields.entrySet().stream().map(field -> Updates.set(field.getKey(), field.getValue())).toList();
    }

    static PersonDraft withActive(PersonDraft p, boolean active) {
        return new PersonDraft(p.employeeNumber(), p.userName(), p.externalId(), p.givenName(), p.familyName(),
                p.email(), p.locale(), p.timeZone(), p.department(), p.jobTitle(), p.seniorityLevel(),
                p.managerEmployeeNumber(), p.location(), p.remoteOk(), p.languages(), p.skills(), p.interests(),
                p.values(), active);
    }
}
