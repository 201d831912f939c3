package org.mentorat.notification.dispatch;

/**
 * A channel could not deliver a message. Permanent when trying again cannot help (an address
 * the mail server refuses, a webhook that answers 4xx, no webhook set up); otherwise the queue
 * tries again after its backoff. The reason is published in NotificationFailed: it names what
 * went wrong, never an address, a webhook URL or the message's text.
 */
final class DeliveryFailure extends Exception {

    private final boolean permanent;

    private DeliveryFailure(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    static DeliveryFailure retryable(String reason, Throwable cause) {
        return new DeliveryFailure(reason, false, cause);
    }

    static DeliveryFailure permanent(String reason, Throwable cause) {
        return new DeliveryFailure(reason, true, cause);
    }

    boolean permanent() {
        return permanent;
    }
}
