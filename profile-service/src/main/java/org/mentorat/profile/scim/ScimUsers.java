package org.mentorat.profile.scim;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.profile.people.DeactivationReason;
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
 * ({@code active: false}) publishes ProfileDeactivated with reason SCIM_LEAVER in the same
 * write as the change.
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
        checkUnique(tenantId, draft, null);
        try {
            return stored(people.register(tenantId, draft));
        } catch (ConflictException e) {
            throw ScimError.UNIQUENESS.exception("userName " + draft.userName() + " or employeeNumber "
                    + draft.employeeNumber() + " is already taken (possibly by a deleted user).");
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
        return update(tenantId, id, ifMatch,
                current -> reader.read(withManagerNumber(tenantId, user), current.person().profile()));
    }

    StoredUser patch(String tenantId, String id, List<PatchOperation> operations, IfMatch ifMatch) {
        return update(tenantId, id, ifMatch, current -> reader.read(
                withManagerNumber(tenantId, PatchApplier.apply(UserResource.of(current, ""), operations)),
                current.person().profile()));
    }

    void delete(String tenantId, String id, IfMatch ifMatch) {
        ifMatch.check(existing(tenantId, id));
        people.remove(tenantId, id);
    }

    private StoredUser update(String tenantId, String id, IfMatch ifMatch, Function<StoredUser, PersonDraft> change) {
        for (int attempt = 1; ; attempt++) {
            StoredUser current = get(tenantId, id);
            ifMatch.check(current.person());
            PersonDraft next = change.apply(current);
            if (next.withDefaults().equals(current.person().profile())) {
                return current;
            }
            checkUnique(tenantId, next, id);
            try {
                return stored(people.replace(tenantId, current.person(), next, DeactivationReason.SCIM_LEAVER));
            } catch (DuplicatePersonException e) {
                throw ScimError.UNIQUENESS.exception("userName or employeeNumber is already taken.");
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
