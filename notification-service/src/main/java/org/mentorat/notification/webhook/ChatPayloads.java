package org.mentorat.notification.webhook;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A chat message as each tool's incoming webhook wants it: Slack's {@code text} (shown in
 * notifications) and blocks, Teams' Adaptive Card in a message (what Teams Workflows webhooks
 * take). The title is the link, so no button label needs translating.
 */
final class ChatPayloads {

    private ChatPayloads() {
    }

    static Map<String, Object> slack(ChatMessage message, URI link) {
        String headline = "*<" + link + "|" + slackEscaped(message.title()) + ">*";
        String body = message.summary() == null ? headline : headline + "\n" + slackEscaped(message.summary());
        return Map.of(
                "text", message.summary() == null ? message.title() : message.title() + " — " + message.summary(),
                "blocks", List.of(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", body))));
    }

    static Map<String, Object> teams(ChatMessage message, URI link) {
        List<Map<String, Object>> body = message.summary() == null
                ? List.of(textBlock("[" + markdownEscaped(message.title()) + "](" + link + ")", true))
                : List.of(textBlock("[" + markdownEscaped(message.title()) + "](" + link + ")", true),
                        textBlock(markdownEscaped(message.summary()), false));
        Map<String, Object> card = Map.of(
                "$schema", "http://adaptivecards.io/schemas/adaptive-card.json",
                "type", "AdaptiveCard",
                "version", "1.4",
                "body", body,
                "selectAction", Map.of("type", "Action.OpenUrl", "url", link.toString()));
        return Map.of("type", "message", "attachments", List.of(Map.of(
                "contentType", "application/vnd.microsoft.card.adaptive", "content", card)));
    }

    private static Map<String, Object> textBlock(String text, boolean headline) {
        return headline
                ? Map.of("type", "TextBlock", "text", text, "wrap", true, "weight", "Bolder", "size", "Medium")
                : Map.of("type", "TextBlock", "text", text, "wrap", true);
    }

    /** Slack's mrkdwn treats these three as control characters. */
    private static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String markdownEscaped(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }
}
