package org.mentorat.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.mentorat.security.Role;
import org.mentorat.security.TokenClaims;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers declare a {@link Caller} parameter instead of digging in the security context. */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return current();
    }

    static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("no bearer token on an authenticated endpoint");
        }
        Jwt jwt = token.getToken();
        return new Caller(jwt.getClaimAsString(TokenClaims.TENANT), jwt.getSubject(), rolesOf(jwt));
    }

    private static Set<Role> rolesOf(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object claim = jwt.getClaim(TokenClaims.ROLES);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                Role.of(String.valueOf(value)).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
