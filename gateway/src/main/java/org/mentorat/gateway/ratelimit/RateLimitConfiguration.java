package org.mentorat.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The beans the gateway's {@code RequestRateLimiter} filter picks up as its defaults; the filter
 * itself is a default filter in {@code application.yml}. Primary, because Spring Cloud Gateway
 * declares a {@code RedisRateLimiter} of its own as soon as Redis is on the classpath.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @Primary
    RateLimiter<Object> callerRateLimiter(RateLimitProperties properties, ApplicationContext context) {
        BudgetStore store = properties.redis() ? new RedisBudgetStore(context) : new InMemoryBudgetStore(System::nanoTime);
        return new CallerRateLimiter(properties, store);
    }

    @Bean
    @Primary
    KeyResolver callerKeyResolver() {
        return new CallerKeyResolver();
    }
}
