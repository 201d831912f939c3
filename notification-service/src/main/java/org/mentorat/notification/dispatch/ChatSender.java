package org.mentorat.notification.dispatch;

import org.mentorat.notification.webhook.ChatApp;
import org.mentorat.notification.webhook.ChatMessage;
import org.mentorat.notification.webhook.WebhookFailure;
import org.mentorat.notification.webhook.Webhooks;

/**
 * SLACK and TEAMS: the message's title and summary, with a link to the platform, posted through
 * the tenant's incoming webhook of that tool. One instance per tool.
 */
final class ChatSender implements ChannelSender {

    private final Channel channel;
    private final ChatApp app;
    private final Webhooks webhooks;

    ChatSender(Channel channel, ChatApp app, Webhooks webhooks) {
        this.channel = channel;
        this.app = app;
        this.webhooks = webhooks;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(Dispatch message) throws DeliveryFailure {
        try {
            webhooks.post(message.tenantId(), app,
                    new ChatMessage(message.content().title(), message.content().summary(), null));
        } catch (WebhookFailure e) {
            throw e.retryable() ? DeliveryFailure.retryable(e.getMessage(), e) : DeliveryFailure.permanent(e.getMessage(), e);
        }
    }
}
