package org.mentorat.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatPayloadsTest {

    private static final URI LINK = URI.create("https://mentorat.example/");
    private static final ChatMessage MESSAGE = new ChatMessage("Q3 <cohort> & friends", "12 mentorships need a nudge.",
            null);

    @Test
    void slackGetsAFallbackTextAndASectionWhoseTitleIsTheEscapedLink() {
        Map<String, Object> payload = ChatPayloads.slack(MESSAGE, LINK);

        assertThat(payload.get("text")).isEqualTo("Q3 <cohort> & friends — 12 mentorships need a nudge.");
        assertThat(payload.get("blocks")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement().isEqualTo(Map.of("type", "section", "text", Map.of("type", "mrkdwn",
                        "text", "*<https://mentorat.example/|Q3 &lt;cohort&gt; &amp; friends>*\n12 mentorships need a nudge.")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void teamsGetsAnAdaptiveCardThatOpensThePlatform() {
        Map<String, Object> payload = ChatPayloads.teams(MESSAGE, LINK);

        assertThat(payload).containsEntry("type", "message");
        Map<String, Object> attachment = ((List<Map<String, Object>>) payload.get("attachments")).get(0);
        assertThat(attachment).containsEntry("contentType", "application/vnd.microsoft.card.adaptive");
        Map<String, Object> card = (Map<String, Object>) attachment.get("content");
        assertThat(card).containsEntry("type", "AdaptiveCard").containsEntry("version", "1.4")
                .containsEntry("selectAction", Map.of("type", "Action.OpenUrl", "url", LINK.toString()));
        assertThat((List<Map<String, Object>>) card.get("body")).extracting(block -> block.get("text"))
                .containsExactly("[Q3 <cohort> & friends](https://mentorat.example/)", "12 mentorships need a nudge.");
    }
}
