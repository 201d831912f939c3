package org.mentorat.notification.dispatch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The sender of each channel; a message for a channel nobody serves fails for good. */
@Component
class ChannelSenders {

    private static final Logger log = LoggerFactory.getLogger(ChannelSenders.class);

    private final Map<Channel, ChannelSender> byChannel = new EnumMap<>(Channel.class);

    ChannelSenders(List<ChannelSender> senders) {
        senders.forEach(sender -> byChannel.put(sender.channel(), sender));
    }

    /**
     * An unexpected error of a sender (a bug, a broken dependency) counts as a failed try: the
     * message is tried again and, if it keeps failing, settles as FAILED instead of being retried
     * forever or lost.
     */
    void send(Dispatch message) throws DeliveryFailure {
        ChannelSender sender = byChannel.get(message.channel());
        if (sender == null) {
            throw DeliveryFailure.permanent("no sender for channel " + message.channel(), null);
        }
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            log.error("sending failed unexpectedly tenant={} aggregate={} channel={}", message.tenantId(), message.id(),
                    message.channel(), e);
            throw DeliveryFailure.retryable("unexpected error: " + e.getClass().getSimpleName(), e);
        }
    }
}
