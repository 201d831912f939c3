package org.mentorat.notification.webhook;

import java.net.URI;

/**
 * What a chat channel shows of a notification: a title, a short summary and a link to the
 * platform. Nothing private: the channel is shared by a team, the details stay behind the link.
 *
 * @param link the page it leads to; null: the platform's start page ({@code mentorat.notifications.webhooks.link})
 */
public record ChatMessage(String title, String summary, URI link) {
}
