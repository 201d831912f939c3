package org.mentorat.gateway.devtoken;

import java.time.Clock;
import org.mentorat.security.TokenSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The token issuer behind {@link DevTokenController}; dev profile only, like the controller. */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
class DevTokenConfiguration {

    @Bean
    DevTokenIssuer devTokenIssuer(TokenSettings properties) {
        return new DevTokenIssuer(properties, Clock.systemUTC());
    }
}
