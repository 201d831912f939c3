package org.mentorat.profile.scim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mentorat.profile.people.People;
import org.mentorat.profile.people.PeopleQuery;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.web.Page;
import org.springframework.stereotype.Component;

/**
 * Queries over the tenant's users, paged the SCIM way: {@code startIndex} is 1-based and any
 * offset, not only whole pages; users come in a stable order (creation, as ids are UUIDv7).
 */
@Component
class UserPages {

    private final People people;

    UserPages(People people) {
        this.people = people;
    }

    UserPage all(String tenantId, int startIndex, int count) {
        int offset = startIndex - 1;
        if (count == 0 || (long) (offset / count + 2) * count > Integer.MAX_VALUE) {
            return new UserPage(people.search(tenantId, query(0, 1)).total(), startIndex, List.of());
        }
        int page = offset / count;
        int skip = offset % count;
        Page<Person> first = people.search(tenantId, query(page, count));
        List<Person> users = new ArrayList<>(first.items().subList(Math.min(skip, first.items().size()),
                first.items().size()));
        if (skip > 0 && first.items().size() == count) {
            List<Person> next = people.search(tenantId, query(page + 1, count)).items();
            users.addAll(next.subList(0, Math.min(skip, next.size())));
        }
        return new UserPage(first.total(), startIndex, stamped(users));
    }

    UserPage matching(String tenantId, Filter filter, int startIndex, int count) {
        FilterEvaluator.validate(filter);
        List<UserLookups.Lookup> lookups = UserLookups.plan(filter).orElseThrow(() -> ScimError.INVALID_FILTER.exception(
                "Mentorat answers filters holding an eq on id, userName, externalId or employeeNumber "
                        + "(alone, with 'and' and other conditions, or in every branch of an 'or')."));
        Map<String, Person> candidates = new LinkedHashMap<>();
        for (UserLookups.Lookup lookup : lookups) {
            find(tenantId, lookup).ifPresent(person -> candidates.putIfAbsent(person.id(), person));
        }
        List<StoredUser> matched = stamped(candidates.values()).stream()
                .filter(user -> FilterEvaluator.matches(filter, UserResource.of(user, "")))
                .sorted(Comparator.comparing(user -> user.person().id()))
                .toList();
        int from = (int) Math.min(startIndex - 1L, matched.size());
        return new UserPage(matched.size(), startIndex, matched.subList(from, Math.min(matched.size(), from + count)));
    }

    /**
     * Adds {@code meta.created}, the time in the UUIDv7 id, and {@code meta.lastModified}, which
     * RFC 7643 §3.1 wants equal to it until the first change (a person has no modifiedAt till then).
     */
    static List<StoredUser> stamped(Collection<Person> persons) {
        return persons.stream().map(person -> {
            Instant created = createdAt(person.id());
            Instant lastModified = person.modifiedAt() != null ? person.modifiedAt() : created;
            return new StoredUser(person, created != null ? created : lastModified, lastModified);
        }).toList();
    }

    private Optional<Person> find(String tenantId, UserLookups.Lookup lookup) {
        return switch (lookup.key()) {
            case ID -> people.find(tenantId, lookup.value());
            case USER_NAME -> people.findByUserName(tenantId, lookup.value());
            case EXTERNAL_ID -> people.findByExternalId(tenantId, lookup.value());
            case EMPLOYEE_NUMBER -> people.findByEmployeeNumber(tenantId, lookup.value());
        };
    }

    private static PeopleQuery query(int page, int size) {
        return new PeopleQuery(null, null, null, page, size);
    }

    private static Instant createdAt(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.version() == 7 ? Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
