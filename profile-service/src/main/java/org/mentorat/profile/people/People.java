package org.mentorat.profile.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.web.Page;
import org.springframework.stereotype.Service;

/**
 * The people of a tenant: registration, lookup by the HR keys (employee number, user name,
 * external id), search, and changes. A new or returning person, and a change that matters to
 * matching, publish ProfileUpdated; a deactivation publishes ProfileDeactivated and a return
 * ProfileReactivated — each in the same write as the change (see {@link ProfileEvents}).
 */
@Service
public class People {

    private final PersonStore store;
    private final SkillTaxonomy taxonomy;
    private final ProfileEvents events;
    private final Clock clock;

    People(PersonStore store, SkillTaxonomy taxonomy, Clock clock) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.events = new ProfileEvents(clock);
        this.clock = clock;
    }

    /**
     * Registers a new person; a taken employee number or user name is a conflict, except when it
     * belongs to someone removed (SCIM DELETE) and not erased: a rehire gets their profile back.
     */
    public Person register(String tenantId, PersonDraft draft) {
        return register(tenantId, draft, null);
    }

    /** Registers a person as the identity provider sent them ({@code directory}: its record, kept as sent). */
    public Person register(String tenantId, PersonDraft draft, DirectoryRecord directory) {
        Person person = new Person(EventIds.next(), 1, draft.withDefaults(), null, directory);
        CanonicalNames names = namesOf(tenantId, person.profile());
        if (store.insert(tenantId, person, names, events.arrived(person.id(), person.profile(), names))) {
            return get(tenantId, person.id());
        }
        Person removed = store.findRemovedHolder(tenantId, person.profile())
                .orElseThrow(() -> new DuplicatePersonException(person.profile()));
        if (!store.replace(tenantId, removed, person.profile(), directory, names,
                events.returned(removed, person.profile(), names))) {
            throw new ConflictException("concurrent-change", "Person " + removed.id() + " changed meanwhile; retry.");
        }
        return get(tenantId, removed.id());
    }

    public Optional<Person> find(String tenantId, String personId) {
        return store.find(tenantId, personId);
    }

    public Person get(String tenantId, String personId) {
        return find(tenantId, personId).orElseThrow(() -> new ResourceNotFoundException("person", personId));
    }

    /** Empty for a null number: people without one are not found by it. */
    public Optional<Person> findByEmployeeNumber(String tenantId, String employeeNumber) {
        return employeeNumber == null ? Optional.empty() : store.findByEmployeeNumber(tenantId, employeeNumber);
    }

    public Optional<Person> findByUserName(String tenantId, String userName) {
        return store.findByUserName(tenantId, userName);
    }

    public Optional<Person> findByExternalId(String tenantId, String externalId) {
        return store.findByExternalId(tenantId, externalId);
    }

    /**
     * The person as held here, including one that SCIM removed from lookups (their data is still
     * held until erased); empty once erased.
     */
    public Optional<Person> findHeld(String tenantId, String personId) {
        return store.findHeld(tenantId, personId);
    }

    public Page<Person> search(String tenantId, PeopleQuery query) {
        return store.search(tenantId, query,
                query.skill() == null ? null : taxonomy.equivalentKeys(tenantId, query.skill()));
    }

    /**
     * Replaces the profile if the person is still at {@code current}'s version, publishing what
     * matching must know; {@code reason} says why, should the change deactivate them.
     */
    public Person replace(String tenantId, Person current, PersonDraft draft, DeactivationReason reason) {
        return replace(tenantId, current, draft, reason, current.directory());
    }

    /** The same, with what the identity provider sent this time ({@code directory}, kept as sent). */
    public Person replace(String tenantId, Person current, PersonDraft draft, DeactivationReason reason,
            DirectoryRecord directory) {
        PersonDraft next = draft.withDefaults();
        CanonicalNames names = namesOf(tenantId, next);
        if (!store.replace(tenantId, current, next, directory, names, events.changed(current, next, reason, names))) {
            throw new ConflictException("concurrent-change",
                    "Person " + current.id() + " changed since version " + current.version() + "; reload and retry.");
        }
        return get(tenantId, current.id());
    }

    public Person deactivate(String tenantId, String personId, DeactivationReason reason) {
        Person current = get(tenantId, personId);
        if (!current.isActive()) {
            return current;
        }
        return replace(tenantId, current, current.profile().withActive(false), reason);
    }

    /** Hides the person from every lookup (SCIM DELETE) after deactivating them. */
    public void remove(String tenantId, String personId) {
        store.markRemoved(tenantId, deactivate(tenantId, personId, DeactivationReason.DELETED));
    }

    /**
     * Erases the person (GDPR art. 17): every attribute is removed and a tombstone stays under the
     * same id, so that erasure receipts can refer to it; ProfileErasureRequested goes out in the
     * same write. The employee number and user name are freed. Hidden from every lookup afterwards.
     *
     * @return false if the person was already erased (nothing written)
     */
    public boolean erase(String tenantId, String personId, String erasureId) {
        return store.tombstone(tenantId, personId, erasureId,
                new ProfileErasureRequested(erasureId, personId, clock.instant()));
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
            replace(tenantId, current, next, DeactivationReason.HR_IMPORT);
        }
        return new UpsertOutcome(current.id(), UpsertOutcome.Kind.UPDATED, PersonChanges.matchingRelevant(
                current.profile(), next));
    }

    private CanonicalNames namesOf(String tenantId, PersonDraft profile) {
        return taxonomy.canonicalNames(tenantId, profile.skills().stream().map(Skill::name).toList());
    }
}
