package org.mentorat.gateway.devtoken;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.gateway.problem.FieldError;
import org.mentorat.security.Role;
import org.springframework.util.StringUtils;

/** Body of {@code POST /dev/tokens}: who the token is for. A missing {@code roles} means none. */
record TokenRequest(String tenant, String subject, List<String> roles) {

    TokenRequest {
        roles = roles == null ? List.of() : roles;
    }

    /** Every problem with the request at once, so that a client can fix them in one go. */
    List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (!StringUtils.hasText(tenant)) {
            errors.add(new FieldError("tenant", "must not be blank"));
        }
        if (!StringUtils.hasText(subject)) {
            errors.add(new FieldError("subject", "must not be blank"));
        }
        for (int i = 0; i < roles.size(); i++) {
            if (!Role.isKnown(roles.get(i))) {
                errors.add(new FieldError("roles[" + i + "]", "must be one of " + Role.names()));
            }
        }
        return errors;
    }
}
