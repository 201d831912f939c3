package org.mentorat.notification.unsubscribe;

import org.mentorat.platform.security.EndpointRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnsubscribeProperties.class)
class UnsubscribeConfiguration {

    /**
     * Mail clients post the one-click request without a bearer token: the signed token in the path
     * is the credential. First of the rules, so that no broader rule on the preferences path wins.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    EndpointRules oneClickUnsubscribeWithoutBearer() {
        return requests -> requests.requestMatchers(HttpMethod.POST, UnsubscribeLinks.PATH + "*").permitAll();
    }
}
