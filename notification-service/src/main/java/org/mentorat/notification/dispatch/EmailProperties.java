package org.mentorat.notification.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param from the sender every mail shows, e.g. {@code Mentorat <no-reply@mentorat.example>}; its
 *     domain also ends every Message-ID
 * @param replyTo where replies go, e.g. the program team's mailbox; null: to {@code from}
 */
@ConfigurationProperties("mentorat.notifications.email")
record EmailProperties(
        @DefaultValue("Mentorat <no-reply@mentorat.local>") String from,
        String replyTo) {
}
