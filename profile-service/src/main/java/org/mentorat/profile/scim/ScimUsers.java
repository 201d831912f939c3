package org.mentorat.profile.scim;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.profile.people.DeactivationReason;
import org.mentorat.profile.people.DirectoryRecord;
import org.mentorat.profile.people.DuplicatePersonException;
import org.mentorat.profile.people.People;
import org.mentorat.profile.people.Person;
import org.mentorat.profile.people.PersonDraft;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM Users over the tenant's people: every write goes through {@link People}, so a leaver
 * ({@code active: false}) publishes ProfileDeactivated with reason SCIM_LEAVER, and a return
 * ({@code active: true} again, or a user created again after a DELETE) ProfileReactivated, in the
 * same write as the change, which also keeps the User as sent.
 */
@Service
class ScimUsers {

    private static final int ATTEMPTS = 3;

    private final People people;
    private final UserReader reader;
    private final UserPages pages;

    ScimUsers(People people, UserReader reader, UserPages pages) {
        this.people = people;
        this.reader = reader;
        this.pages = pages;
    }

    StoredUser create(String tenantId, ObjectNode user) {
        requireUserSchema(user);
        PersonDraft draft = reader.read(withManagerNumber(tenantId, user), null);
        DirectoryRecord sent = SentUser.record(user);
        checkUnique(tenantId, draft, null);
        try {
            return stored(people.register(tenantId, draft, sent));
        } catch (ConflictException e) {
            throw ScimError.UNIQUENESS.exception("userName " + draft.userName() + ", externalId " + draft.externalId()
                    + " or employeeNumber " + draft.employeeNumber() + " is already taken (possibly by a deleted user).");
        }
    }

    StoredUser get(String tenantId, String id) {
        return stored(existing(tenantId, id));
    }

    UserPage list(String tenantId, Filter filter, int startIndex, int count) {
        return filter == null ? pages.all(tenantId, startIndex, count)
                : pages.matching(tenantId, filter, startIndex, count);
    }

    StoredUser replace(String tenantId, String id, ObjectNode user, IfMatch ifMatch) {
        requireUserSchema(user);
        return update(tenantId, id, ifMatch, current -> user);
    }

    /** The operations apply to the User as served, so a client patches what it reads. */
    StoredUser patch(String tenantId, String id, List<PatchOperation> operations, IfMatch ifMatch) {
        return update(tenantId, id, ifMatch,
                current -> PatchApplier.apply(UserResource.of(current, ""), operations));
    }

    void delete(String tenantId, String id, IfMatch ifMatch) {
        ifMatch.check(existing(tenantId, id));
        people.remove(tenantId, id);
    }

    /** {@code change} gives the User as it should be now; an identical one writes nothing. */
    private StoredUser update(String tenantId, String id, IfMatch ifMatch, Function<StoredUser, ObjectNode> change) {
        for (int attempt = 1; ; attempt++) {
            StoredUser current = get(tenantId, id);
            ifMatch.check(current.person());
            ObjectNode user = change.apply(current);
            PersonDraft next = reader.read(withManagerNumber(tenantId, user), current.person().profile());
            DirectoryRecord sent = SentUser.record(user);
            if (next.withDefaults().equals(current.person().profile()) && sent.equals(current.person().directory())) {
                return current;
            }
            checkUnique(tenantId, next, id);
            try {
                return stored(people.replace(tenantId, current.person(), next, DeactivationReason.SCIM_LEAVER, sent));
            } catch (DuplicatePersonException e) {
                throw ScimError.UNIQUENESS.exception("userName, externalId or employeeNumber is already taken.");
            } catch (ConflictException e) {
                if (ifMatch.given() || attempt == ATTEMPTS) {
                    throw ScimError.PRECONDITION_FAILED.exception("User " + id + " changed meanwhile; read it again.");
                }
            }
        }
    }

    private Person existing(String tenantId, String id) {
        return people.find(tenantId, id).orElseThrow(() -> ScimError.NOT_FOUND.exception("User " + id + " not found."));
    }

    private void checkUnique(String tenantId, PersonDraft draft, String selfId) {
        people.findByUserName(tenantId, draft.userName()).filter(other -> !other.id().equals(selfId))
                .ifPresent(other -> {
                    throw ScimError.UNIQUENESS.exception("userName " + draft.userName() + " is already taken.");
                });
        people.findByEmployeeNumber(tenantId, draft.employeeNumber()).filter(other -> !other.id().equals(selfId))
                .ifPresent(other -> {
                    throw ScimError.UNIQUENESS.exception(
                            "employeeNumber " + draft.employeeNumber() + " is already taken.");
                });
    }

    /**
     * RFC 7643 makes {@code manager.value} the manager's SCIM id; Mentorat keeps employee numbers,
     * so an id of a user of the tenant is translated. Anything else is taken as an employee number.
     */
    private ObjectNode withManagerNumber(String tenantId, ObjectNode user) {
        ObjectNode canonical = UserSchema.canonical(user);
        if (canonical.get(Scim.ENTERPRISE_USER) instanceof ObjectNode enterprise) {
            JsonNode manager = enterprise.path("manager");
            String value = manager.isObject() ? manager.path("value").asString(null)
                    : manager.isString() ? manager.asString() : null;
            managerById(tenantId, value).ifPresent(number -> enterprise.putObject("manager").put("value", number));
        }
        return canonical;
    }

    private Optional<String> managerById(String tenantId, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return people.find(tenantId, value).map(manager -> manager.profile().employeeNumber());
    }

    private static void requireUserSchema(ObjectNode user) {
        if (!(user.get("schemas") instanceof ArrayNode schemas)
                || schemas.valueStream().noneMatch(schema -> Scim.USER.equalsIgnoreCase(schema.asString("")))) {
            throw ScimError.INVALID_SYNTAX.exception("schemas must list " + Scim.USER + ".");
        }
    }

    private static StoredUser stored(Person person) {
        return UserPages.stamped(List.of(person)).getFirst();
    }
}
