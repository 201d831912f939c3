package org.mentorat.notification.unsubscribe;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl where people reach the platform (the gateway), which the links are built on
 * @param secret the key that signs unsubscribe tokens, at least 32 characters; changing it
 *     invalidates every link already mailed
 * @param mailto an address whose mailbox treats mails as unsubscribe requests, offered beside
 *     the link; null (the default): none, since nothing reads such a mailbox yet
 */
@ConfigurationProperties("mentorat.notifications.unsubscribe")
record UnsubscribeProperties(
        @DefaultValue("http://localhost:8080") URI baseUrl,
        String secret,
        String mailto) {

    UnsubscribeProperties {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("mentorat.notifications.unsubscribe.secret must be at least 32 characters");
        }
    }
}
