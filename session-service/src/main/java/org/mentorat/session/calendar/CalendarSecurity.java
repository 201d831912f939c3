package org.mentorat.session.calendar;

import org.mentorat.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class CalendarSecurity {

    /** The personal feed is read without a bearer token: its unguessable token is the credential. */
    @Bean
    EndpointRules calendarFeedWithoutBearer() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/calendar/*.ics").permitAll();
    }
}
