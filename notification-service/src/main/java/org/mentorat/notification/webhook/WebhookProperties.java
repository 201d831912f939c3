package org.mentorat.notification.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedHosts the hosts a webhook may point at, exactly or as {@code *.suffix}: the
 *     service posts to whatever URL an administrator sets, so it must not be made to post into
 *     the internal network
 * @param allowPlainHttp only for tests and local stubs: accept {@code http://} URLs
 * @param connectTimeout how long to wait for a connection to the chat tool
 * @param readTimeout how long to wait for its answer
 * @param link where a chat message leads when it names no page of its own: the platform's start page
 */
@ConfigurationProperties("mentorat.notifications.webhooks")
record WebhookProperties(
        @DefaultValue({"hooks.slack.com", "*.webhook.office.com", "*.logic.azure.com", "*.api.powerplatform.com"})
        List<String> allowedHosts,
        @DefaultValue("false") boolean allowPlainHttp,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("http://localhost:8080/") java.net.URI link) {
}
