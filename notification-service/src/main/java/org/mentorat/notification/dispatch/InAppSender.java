package org.mentorat.notification.dispatch;

import org.mentorat.notification.inbox.Inbox;
import org.mentorat.notification.inbox.NewNotification;
import org.springframework.stereotype.Component;

/**
 * IN_APP: the message becomes a notification in the person's inbox under the message's own id,
 * so each occurrence (every reminder of a session) is its own notification and a repeat after a
 * crash finds it there already.
 */
@Component
class InAppSender implements ChannelSender {

    private final Inbox inbox;

    InAppSender(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public void send(Dispatch message) {
        inbox.place(new NewNotification(message.tenantId(), message.recipientId(), message.kind(),
                message.relatedId(), message.content().details(), message.id(), message.content().title(), message.content().summary()));
    }
}
