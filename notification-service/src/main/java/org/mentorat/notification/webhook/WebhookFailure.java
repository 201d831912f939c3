package org.mentorat.notification.webhook;

/**
 * A chat tool did not take a message. Retryable when it may work later (5xx, 408, 429, a
 * timeout, no connection); permanent otherwise (other 4xx, no webhook set up). The message never
 * contains the webhook URL, which is a credential.
 */
public class WebhookFailure extends Exception {

    private final boolean retryable;

    WebhookFailure(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
