package org.mentorat.notification.webhook;

import java.net.URI;
import java.time.Clock;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Each tenant's incoming webhooks into Slack and Microsoft Teams, set by its program
 * administrators, and the posting of chat messages through them.
 */
@Service
public class Webhooks {

    private final WebhookStore store;
    private final RestClient client;
    private final WebhookProperties properties;
    private final Clock clock;

    Webhooks(WebhookStore store, RestClient webhookClient, WebhookProperties properties, Clock clock) {
        this.store = store;
        this.client = webhookClient;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Posts the message into the tenant's channel of that tool.
     *
     * @throws WebhookFailure when the tool did not take it, or the tenant has no webhook for it
     */
    public void post(String tenantId, ChatApp app, ChatMessage message) throws WebhookFailure {
        Webhook webhook = store.find(tenantId, app)
                .orElseThrow(() -> new WebhookFailure("no " + app + " webhook is set up for the tenant", false));
        URI link = message.link() == null ? properties.link() : message.link();
        Object payload = app == ChatApp.SLACK ? ChatPayloads.slack(message, link) : ChatPayloads.teams(message, link);
        ResponseEntity<Void> answer;
        try {
            answer = client.post().uri(URI.create(webhook.url())).contentType(MediaType.APPLICATION_JSON).body(payload)
                    .retrieve().toBodilessEntity();
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            throw new WebhookFailure(app + " answered " + status,
                    e.getStatusCode().is5xxServerError() || status == 408 || status == 429);
        } catch (ResourceAccessException e) {
            throw new WebhookFailure(app + " could not be reached: " + rootCause(e), true);
        }
        if (!answer.getStatusCode().is2xxSuccessful()) {
            // redirects are not followed: a webhook that moved must be set up again
            throw new WebhookFailure(app + " answered " + answer.getStatusCode().value(), false);
        }
    }

    Webhook configure(String tenantId, ChatApp app, String url) {
        String valid = WebhookUrl.parse(url, properties).toString();
        if (store.insertOnce(Webhook.configure(tenantId, app, valid, clock.instant()))) {
            return store.find(tenantId, app).orElseThrow();
        }
        return store.decide(() -> find(tenantId, app), webhook -> webhook.reconfigure(valid, clock.instant()));
    }

    Webhook find(String tenantId, ChatApp app) {
        return store.find(tenantId, app)
                .orElseThrow(() -> new ResourceNotFoundException("webhook", app.name()));
    }

    void remove(String tenantId, ChatApp app) {
        store.remove(tenantId, app);
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
