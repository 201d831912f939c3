package org.mentorat.profile.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which stored people a filter can be answered from without reading the whole tenant: an
 * equality on a key Mentorat indexes (id, userName, externalId, employeeNumber), alone, in an
 * {@code and} with anything else, or in an {@code or} whose every branch has one. The filter is
 * then evaluated on those candidates, so the answer is exact.
 */
final class UserLookups {

    enum Key { ID, USER_NAME, EXTERNAL_ID, EMPLOYEE_NUMBER }

    record Lookup(Key key, String value) {
    }

    private UserLookups() {
    }

    static Optional<List<Lookup>> plan(Filter filter) {
        return switch (filter) {
            case Filter.Comparison comparison when comparison.operator() == Filter.Operator.EQ
                    && comparison.value().isString() -> key(comparison.path())
                    .map(key -> List.of(new Lookup(key, comparison.value().asString())));
            case Filter.And and -> plan(and.left()).or(() -> plan(and.right()));
            case Filter.Or or -> plan(or.left()).flatMap(left -> plan(or.right()).map(right -> {
                List<Lookup> both = new ArrayList<>(left);
                both.addAll(right);
                return both;
            }));
            default -> Optional.empty();
        };
    }

    private static Optional<Key> key(AttributePath path) {
        return UserSchema.resolve(path).filter(resolved -> resolved.subAttribute() == null).flatMap(resolved -> {
            String name = resolved.attribute().name();
            if (resolved.extension() != null) {
                return name.equals("employeeNumber") ? Optional.of(Key.EMPLOYEE_NUMBER) : Optional.empty();
            }
            return switch (name) {
                case "id" -> Optional.of(Key.ID);
                case "userName" -> Optional.of(Key.USER_NAME);
                case "externalId" -> Optional.of(Key.EXTERNAL_ID);
                default -> Optional.empty();
            };
        });
    }
}
