package org.mentorat.profile.privacy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param erasureServices the services that hold personal data and must each confirm an erasure
 *     with an ErasureCompleted receipt; a new erasure expects exactly these (older ones keep theirs)
 */
@ConfigurationProperties("mentorat.privacy")
record PrivacyProperties(
        @DefaultValue({"profile-service", "matching-service", "session-service", "notification-service"})
        List<String> erasureServices) {
}
