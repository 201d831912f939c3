package org.mentorat.notification.dispatch;

/**
 * Delivers claimed messages on one channel. Called at least once per message (a crash between
 * sending and recording sends again after the claim expires), so a sender makes a repeat
 * recognisable where its channel allows: the same Message-ID for an email, the same inbox id.
 */
interface ChannelSender {

    Channel channel();

    void send(Dispatch message) throws DeliveryFailure;
}
