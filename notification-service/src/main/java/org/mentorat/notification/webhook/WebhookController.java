package org.mentorat.notification.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Chat webhooks", description = "The tenant's Slack and Microsoft Teams webhooks, for program "
        + "administrators.")
@RequestMapping("/api/v1/notification-webhooks")
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** Sets or replaces the webhook; idempotent. */
    @PutMapping("/{app}")
    @Operation(operationId = "setChatWebhook", summary = "Set the tenant's chat webhook",
            description = "Sets or replaces the tenant's incoming webhook for Slack or Teams; idempotent. The URL must "
                    + "be https, without user info, to an allowed chat host; it is shown back masked (it is a credential).")
    WebhookResponse set(@PathVariable ChatApp app, @RequestBody WebhookRequest request, Caller caller) {
        Webhook webhook = webhooks.configure(caller.tenantId(), app, request.url());
        log.info("webhook set tenant={} aggregate={} by={}", caller.tenantId(), webhook.id(), caller.subject());
        return WebhookResponse.of(webhook);
    }

    @GetMapping("/{app}")
    @Operation(operationId = "getChatWebhook", summary = "Read the tenant's chat webhook",
            description = "The webhook set for the chat app, its URL masked to scheme and host; 404 when none is set.")
    WebhookResponse get(@PathVariable ChatApp app, Caller caller) {
        return WebhookResponse.of(webhooks.find(caller.tenantId(), app));
    }

    /** Idempotent: removing a webhook that is not there answers the same. */
    @DeleteMapping("/{app}")
    @Operation(operationId = "removeChatWebhook", summary = "Remove the tenant's chat webhook",
            description = "Stops posting to the chat app. Idempotent: removing a webhook that is not there answers the same.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable ChatApp app, Caller caller) {
        webhooks.remove(caller.tenantId(), app);
        log.info("webhook removed tenant={} app={} by={}", caller.tenantId(), app, caller.subject());
    }

    /** @param url checked by {@link WebhookUrl} (https, allowed chat host); its length bound is documented here */
    record WebhookRequest(@Schema(format = "uri", maxLength = WebhookUrl.MAX_LENGTH, requiredMode = Schema.RequiredMode.REQUIRED,
            example = "https://hooks.slack.com/services/T000/B000/XXXX") String url) {
    }

    /** @param url scheme and host only, e.g. {@code https://hooks.slack.com/…} */
    record WebhookResponse(ChatApp app, @Schema(maxLength = WebhookUrl.MAX_LENGTH, example = "https://hooks.slack.com/…") String url,
            Instant configuredAt) {

        static WebhookResponse of(Webhook webhook) {
            return new WebhookResponse(webhook.app(), WebhookUrl.masked(webhook.url()), webhook.configuredAt());
        }
    }
}
