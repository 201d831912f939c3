package org.mentorat.notification.webhook;

import java.time.Instant;
import org.mentorat.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's chat webhooks, for its program administrators only (checked in the security
 * filter). A webhook is shown back masked: its URL is a credential.
 */
@RestController
@RequestMapping("/api/v1/notification-webhooks")
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** Sets or replaces the webhook; idempotent. */
    @PutMapping("/{app}")
    WebhookResponse set(@PathVariable ChatApp app, @RequestBody WebhookRequest request, Caller caller) {
        Webhook webhook = webhooks.configure(caller.tenantId(), app, request.url());
        log.info("webhook set tenant={} aggregate={} by={}", caller.tenantId(), webhook.id(), caller.subject());
        return WebhookResponse.of(webhook);
    }

    @GetMapping("/{app}")
    WebhookResponse get(@PathVariable ChatApp app, Caller caller) {
        return WebhookResponse.of(webhooks.find(caller.tenantId(), app));
    }

    /** Idempotent: removing a webhook that is not there answers the same. */
    @DeleteMapping("/{app}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable ChatApp app, Caller caller) {
        webhooks.remove(caller.tenantId(), app);
        log.info("webhook removed tenant={} app={} by={}", caller.tenantId(), app, caller.subject());
    }

    record WebhookRequest(String url) {
    }

    /** @param url scheme and host only, e.g. {@code https://hooks.slack.com/…} */
    record WebhookResponse(ChatApp app, String url, Instant configuredAt) {

        static WebhookResponse of(Webhook webhook) {
            return new WebhookResponse(webhook.app(), WebhookUrl.masked(webhook.url()), webhook.configuredAt());
        }
    }
}
