package org.mentorat.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans the gateway's {@code RequestRateLimiter} filter picks up as its defaults; the filter
 * itself is declared as a default filter in {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimiter<RateLimitProperties> tenantRateLimiter(RateLimitProperties properties) {
        return new TenantRateLimiter(properties, System::nanoTime);
    }

    @Bean
    KeyResolver tenantKeyResolver() {
        return new TenantKeyResolver();
    }
}
