package org.mentorat.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.web.InvalidRequestException;

class WebhookUrlTest {

    private static final WebhookProperties DEFAULTS = new WebhookProperties(
            List.of("hooks.slack.com", "*.webhook.office.com", "*.logic.azure.com"), false, Duration.ofSeconds(3),
            Duration.ofSeconds(10), URI.create("https://mentorat.example/"));

    @Test
    void slackAndTeamsWebhooksAreAccepted() {
        assertThat(WebhookUrl.parse("https://hooks.slack.com/services/T000/B000/XXXX", DEFAULTS))
                .hasHost("hooks.slack.com");
        assertThat(WebhookUrl.parse("https://acme.webhook.office.com/webhookb2/abc", DEFAULTS))
                .hasHost("acme.webhook.office.com");
        assertThat(WebhookUrl.parse("https://prod-01.westeurope.logic.azure.com:443/workflows/1", DEFAULTS))
                .hasPort(443);
    }

    @Test
    void anythingButHttpsToAnAllowedChatHostIsRefusedNamingTheField() {
        for (String url : List.of("http://hooks.slack.com/services/x", "https://169.254.169.254/latest/meta-data",
                "https://evil.example/hooks.slack.com", "https://webhook.office.com.evil.example/x",
                "https://user:pw@hooks.slack.com/services/x", "hooks.slack.com/services/x", "https://hooks slack",
                "")) {
            assertThatThrownBy(() -> WebhookUrl.parse(url, DEFAULTS)).as(url)
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            invalid -> assertThat(invalid.errors()).singleElement()
                                    .satisfies(error -> assertThat(error.field()).isEqualTo("url")));
        }
    }

    @Test
    void aWebhookIsShownWithoutItsSecretPath() {
        assertThat(WebhookUrl.masked("https://hooks.slack.com/services/T000/B000/XXXX"))
                .isEqualTo("https://hooks.slack.com/…");
    }
}
