package org.mentorat.gateway.ratelimit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request budgets: each caller has one per user (tenant + subject) and shares one with the rest of
 * their tenant, so one user's script cannot use up a whole organisation's budget and one
 * organisation cannot starve the others. Both have defaults and may be overridden per tenant.
 *
 * @param perTenant default budget of a whole tenant
 * @param perUser   default budget of one user of a tenant
 * @param tenants   overrides by tenant id; a missing half keeps the default
 * @param redis     keep the budgets in Redis ({@code spring.data.redis.*}) so that every gateway
 *                  instance draws on the same ones; otherwise each instance keeps its own in memory
 */
@ConfigurationProperties("mentorat.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue({"200", "100"}) Budget perTenant,
        @DefaultValue({"50", "20"}) Budget perUser,
        Map<String, TenantOverride> tenants,
        @DefaultValue("false") boolean redis) {

    public RateLimitProperties {
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
    }

    Budget tenantBudget(String tenant) {
        TenantOverride override = tenants.get(tenant);
        return override != null && override.perTenant() != null ? override.perTenant() : perTenant;
    }

    Budget userBudget(String tenant) {
        TenantOverride override = tenants.get(tenant);
        return override != null && override.perUser() != null ? override.perUser() : perUser;
    }

    /** A token bucket: a burst of {@code capacity} requests, refilled at {@code refillPerSecond}. */
    public record Budget(int capacity, double refillPerSecond) {

        public Budget {
            if (capacity < 1 || refillPerSecond <= 0 || refillPerSecond > capacity) {
                throw new IllegalArgumentException("a rate-limit budget needs capacity >= 1 and "
                        + "0 < refill-per-second <= capacity, got " + capacity + " and " + refillPerSecond);
            }
        }

        /** Whole seconds until one more request is allowed after the bucket ran dry (RFC 9110 Retry-After). */
        long secondsPerToken() {
            return (long) Math.ceil(1 / refillPerSecond);
        }

        /** Whole seconds until a bucket with {@code remaining} tokens is full again. */
        long secondsUntilFull(long remaining) {
            return (long) Math.ceil(Math.max(0, capacity - remaining) / refillPerSecond);
        }
    }

    /** Per-tenant budgets; either may be left out. */
    public record TenantOverride(Budget perTenant, Budget perUser) {
    }
}
