package org.mentorat.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.gateway.problem.FieldError;

class TokenRequestTest {

    @Test
    void acceptsAKnownTenantSubjectAndRoles() {
        TokenRequest request = new TokenRequest("acme", "person-1", List.of("PROGRAM_ADMIN", "OPS"));

        assertThat(request.validate()).isEmpty();
    }

    @Test
    void treatsMissingRolesAsNone() {
        assertThat(new TokenRequest("acme", "client-1", null).validate()).isEmpty();
    }

    @Test
    void listsEveryOffendingField() {
        TokenRequest request = new TokenRequest(" ", null, Arrays.asList("MENTOR", "mentor", null));

        assertThat(request.validate()).extracting(FieldError::field)
                .containsExactly("tenant", "subject", "roles[1]", "roles[2]");
    }
}
