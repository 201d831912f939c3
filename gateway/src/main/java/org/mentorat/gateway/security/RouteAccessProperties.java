package org.mentorat.gateway.security;

import java.util.List;
import java.util.Set;
import org.mentorat.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Route-level role checks, the gateway's first line: a caller without any of a rule's roles gets
 * 403 here, before the service is called. They are deliberately coarse (whole path families such
 * as SCIM); the services keep the fine-grained rules and stay the authority.
 */
@ConfigurationProperties("mentorat.gateway.access")
public record RouteAccessProperties(List<Rule> rules) {

    public RouteAccessProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * @param paths Ant-style path patterns, e.g. {@code /scim/v2/**}
     * @param anyOf the caller needs at least one of these roles
     */
    public record Rule(List<String> paths, Set<Role> anyOf) {

        public Rule {
            if (paths == null || paths.isEmpty() || anyOf == null || anyOf.isEmpty()) {
                throw new IllegalArgumentException("mentorat.gateway.access.rules[] needs paths and any-of roles");
            }
            paths = List.copyOf(paths);
            anyOf = Set.copyOf(anyOf);
        }

        String[] roleNames() {
            return anyOf.stream().map(Role::name).sorted().toArray(String[]::new);
        }
    }
}
