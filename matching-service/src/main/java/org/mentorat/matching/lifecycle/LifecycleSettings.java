package org.mentorat.matching.lifecycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lifecycle settings, defaults here and nowhere else.
 *
 * @param expiryInterval how often unanswered proposals and interrupted ones are looked for
 * @param pendingStaleAfter how long a PENDING match may stay so before its claims are given back
 */
@ConfigurationProperties("mentorat.matching")
record LifecycleSettings(Duration expiryInterval, Duration pendingStaleAfter) {

    LifecycleSettings {
        expiryInterval = expiryInterval == null ? Duration.ofMinutes(1) : expiryInterval;
        pendingStaleAfter = pendingStaleAfter == null ? Duration.ofMinutes(2) : pendingStaleAfter;
    }
}
