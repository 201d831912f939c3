package org.mentorat.profile.scim;

import org.mentorat.platform.security.EndpointRules;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;

/** Who may call SCIM, and SCIM error bodies for what the platform answers before SCIM code runs. */
@Configuration(proxyBeanMethods = false)
class ScimConfiguration {

    /** HR integrations provision; program administrators may look (GET and POST /.search). */
    @Bean
    EndpointRules scimRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, Scim.BASE_PATH + "/**").hasAnyRole("HR_INTEGRATION", "PROGRAM_ADMIN")
                .requestMatchers(HttpMethod.POST, Scim.BASE_PATH + "/Users/.search")
                .hasAnyRole("HR_INTEGRATION", "PROGRAM_ADMIN")
                .requestMatchers(Scim.BASE_PATH + "/**").hasRole("HR_INTEGRATION");
    }

    /** Outside the platform's size limit (HIGHEST_PRECEDENCE + 10) and the security filter (-100). */
    @Bean
    FilterRegistrationBean<ProblemsAsScimErrors> problemsAsScimErrors(JsonMapper json) {
        FilterRegistrationBean<ProblemsAsScimErrors> registration =
                new FilterRegistrationBean<>(new ProblemsAsScimErrors(json));
        registration.addUrlPatterns(Scim.BASE_PATH + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
