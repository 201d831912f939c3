package org.mentorat.profile.people;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.DomainEvent;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.web.Page;

/**
 * The {@code people} collection, mapped by hand because the document is not the record: it adds
 * the keys the unique indexes and the synonym search need ({@code userNameKey}, skills' canonical
 * {@code key}), {@code modifiedAt}, whether SCIM removed ({@code deleted}) or erased the person, the
 * unique {@link PersonKey} as {@code employeeNumber} ({@code keyedBy} when it is no number), and
 * {@code directory}: the identity provider's record as JSON text (SCIM names hold dots and $ref).
 */
class PersonStore {

    private static final String DELETED = "deleted";
    private static final String ERASED = "erased";
    private static final String MODIFIED_AT = "modifiedAt";
    private static final String EMPLOYEE_NUMBER = "employeeNumber";
    private static final String USER_NAME_KEY = "userNameKey";
    private static final String KEYED_BY = "keyedBy";
    private static final String DIRECTORY = "directory";
    private static final Set<String> BOOKKEEPING = Set.of("_id", AggregateStore.TENANT, AggregateStore.VERSION,
            "outbox", "outboxPending", "leaseUntil", "leaseOwner");

    private final AggregateStore people;
    private final Clock clock;

    PersonStore(AggregateStore people, Clock clock) {
        this.people = people;
        this.clock = clock;
        people.collection().createIndex(Indexes.ascending(AggregateStore.TENANT, EMPLOYEE_NUMBER),
                new IndexOptions().unique(true).name("employee_number_per_tenant"));
        people.collection().createIndex(Indexes.ascending(AggregateStore.TENANT, USER_NAME_KEY),
                new IndexOptions().unique(true).name("user_name_per_tenant"));
        people.collection().createIndex(Indexes.ascending(AggregateStore.TENANT, "skills.key"));
    }

    /** No {@code modifiedAt} till the first change. @return false when the employee number or user name is taken */
    boolean insert(String tenantId, Person person, CanonicalNames names, List<DomainEvent> events) {
        return people.insertOnce(tenantId, person.id(), stateOf(person.profile(), names, person.directory()), events);
    }

    /** A new profile and directory record, or someone SCIM removed is back. @return false when they changed meanwhile */
    boolean replace(String tenantId, Person current, PersonDraft next, DirectoryRecord directory, CanonicalNames names,
            List<DomainEvent> events) {
        Document state = stateOf(next, names, directory).append(DELETED, false)
                .append(MODIFIED_AT, Date.from(clock.instant()));
        try {
            return people.update(tenantId, current.id(), current.version(), new Document("$set", state), events);
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new DuplicatePersonException(next);
            }
            throw e;
        }
    }

    /** Hides the person from every lookup (SCIM DELETE) while keeping their data until erased. */
    boolean markRemoved(String tenantId, Person current) {
        Document removed = new Document("$set", new Document(DELETED, true));
        return people.update(tenantId, current.id(), current.version(), removed, List.of());
    }

    Optional<Person> find(String tenantId, String personId) {
        return find(tenantId, personId, DELETED);
    }

    /** Including a person SCIM removed (their data is still held); empty once erased. */
    Optional<Person> findHeld(String tenantId, String personId) {
        return find(tenantId, personId, ERASED);
    }

    private Optional<Person> find(String tenantId, String personId, String unlessFlag) {
        return people.find(tenantId, personId).filter(document -> !document.getBoolean(unlessFlag, false))
                .map(PersonStore::personOf);
    }

    /** Who holds the profile's employee number or user name after SCIM removed them, if anyone. */
    Optional<Person> findRemovedHolder(String tenantId, PersonDraft profile) {
        return Optional.ofNullable(people.collection().find(and(eq(AggregateStore.TENANT, tenantId),
                eq(DELETED, true), ne(ERASED, true), or(eq(EMPLOYEE_NUMBER, PersonKey.of(profile)),
                        eq(USER_NAME_KEY, SkillTaxonomy.key(profile.userName()))))).first()).map(PersonStore::personOf);
    }

    /** The unique index's keys as one flat equality document: the embedded store then skips the scan (imports). */
    Optional<Person> findByEmployeeNumber(String tenantId, String employeeNumber) {
        return Optional.ofNullable(people.collection().find(new Document(AggregateStore.TENANT, tenantId)
                        .append(EMPLOYEE_NUMBER, employeeNumber)).first())
                .filter(document -> !document.getBoolean(DELETED, false) && document.get(KEYED_BY) == null)
                .map(PersonStore::personOf);
    }

    Optional<Person> findByUserName(String tenantId, String userName) {
        return findOne(tenantId, eq(USER_NAME_KEY, SkillTaxonomy.key(userName)));
    }

    Optional<Person> findByExternalId(String tenantId, String externalId) {
        return findOne(tenantId, eq("externalId", externalId));
    }

    private Optional<Person> findOne(String tenantId, Bson filter) {
        return Optional.ofNullable(people.collection().find(and(eq(AggregateStore.TENANT, tenantId), filter,
                ne(DELETED, true))).first()).map(PersonStore::personOf);
    }

    /** {@code skillKeys}: every key that means the searched skill, null when the search names none. */
    Page<Person> search(String tenantId, PeopleQuery query, List<String> skillKeys) {
        Bson filter = and(Stream.of(eq(AggregateStore.TENANT, tenantId), ne(DELETED, true),
                        skillKeys == null ? null : in("skills.key", skillKeys),
                        query.department() == null ? null : eq("department", query.department()),
                        query.language() == null ? null : eq("languages", query.language()))
                .filter(Objects::nonNull).toList());
        List<Person> items = people.collection().find(filter).sort(Sorts.ascending("_id"))
                .skip(query.page() * query.size()).limit(query.size())
                .map(PersonStore::personOf).into(new ArrayList<>());
        return new Page<>(items, query.page(), query.size(), people.collection().countDocuments(filter));
    }

    /** Erases: unsets all but the bookkeeping, frees the keys ({@code erased:<id>}). @return false if already erased */
    boolean tombstone(String tenantId, String personId, String erasureId, DomainEvent requested) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Document current = people.find(tenantId, personId)
                    .orElseThrow(() -> new ResourceNotFoundException("person", personId));
            if (current.getBoolean(ERASED, false)) {
                return false;
            }
            String freed = "erased:" + personId;
            Document set = new Document(EMPLOYEE_NUMBER, freed).append(USER_NAME_KEY, freed).append("active", false)
                    .append(ERASED, true).append(DELETED, true).append("erasureId", erasureId)
                    .append("erasedAt", Date.from(clock.instant()));
            Document unset = new Document();
            current.keySet().stream().filter(field -> !BOOKKEEPING.contains(field) && !set.containsKey(field))
                    .forEach(field -> unset.append(field, ""));
            Document change = new Document("$set", set).append("$unset", unset);
            change.values().removeIf(fields -> ((Document) fields).isEmpty());
            long version = ((Number) current.get(AggregateStore.VERSION)).longValue();
            if (people.update(tenantId, personId, version, change, List.of(requested))) {
                return true;
            }
        }
        throw new ConflictException("concurrent-change", "Person " + personId + " keeps changing; retry the erasure.");
    }

    private Document stateOf(PersonDraft p, CanonicalNames names, DirectoryRecord directory) {
        return new Document(EMPLOYEE_NUMBER, PersonKey.of(p)).append(KEYED_BY, PersonKey.kind(p))
                .append(DIRECTORY, DirectoryRecord.jsonOf(directory)).append("userName", p.userName())
                .append(USER_NAME_KEY, p.userName() == null ? null : SkillTaxonomy.key(p.userName()))
                .append("externalId", p.externalId()).append("givenName", p.givenName())
                .append("familyName", p.familyName()).append("email", p.email()).append("locale", p.locale())
                .append("timeZone", p.timeZone()).append("department", p.department())
                .append("jobTitle", p.jobTitle()).append("seniorityLevel", p.seniorityLevel())
                .append("managerEmployeeNumber", p.managerEmployeeNumber()).append("location", p.location())
                .append("remoteOk", p.remoteOk()).append("languages", p.languages())
                .append("skills", p.skills().stream().map(skill -> new Document("name", skill.name())
                        .append("level", skill.level()).append("canonical", names.of(skill.name()))
                        .append("key", SkillTaxonomy.key(names.of(skill.name())))).toList())
                .append("interests", p.interests()).append("values", p.values()).append("active", p.active());
    }

    private static Person personOf(Document d) {
        String employeeNumber = d.get(KEYED_BY) == null ? d.getString(EMPLOYEE_NUMBER) : null;
        PersonDraft profile = new PersonDraft(employeeNumber, d.getString("userName"),
                d.getString("externalId"), d.getString("givenName"), d.getString("familyName"), d.getString("email"),
                d.getString("locale"), d.getString("timeZone"), d.getString("department"), d.getString("jobTitle"),
                d.getInteger("seniorityLevel"), d.getString("managerEmployeeNumber"), d.getString("location"),
                d.getBoolean("remoteOk", true), d.getList("languages", String.class, List.of()),
                d.getList("skills", Document.class, List.of()).stream()
                        .map(skill -> new Skill(skill.getString("name"), skill.getInteger("level", 1))).toList(),
                d.getList("interests", String.class, List.of()), d.getList("values", String.class, List.of()),
                d.getBoolean("active", true));
        Date modified = d.getDate(MODIFIED_AT);
        return new Person(d.getString("_id"), ((Number) d.get(AggregateStore.VERSION)).longValue(), profile,
                modified == null ? null : modified.toInstant(), DirectoryRecord.ofNullable(d.getString(DIRECTORY)));
    }
}
