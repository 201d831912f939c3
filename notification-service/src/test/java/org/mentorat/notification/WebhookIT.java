package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.problem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.events.notification.NotificationFailed;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.notification.dispatch.QueueAccess;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A tenant's administrators connect Slack and Teams; messages reach the team's channel through them. */
class WebhookIT extends RunningNotificationService {

    @Autowired
    Dispatches dispatches;

    private final ChatStub chat = new ChatStub();
    private String tenant;
    private String admin;

    @BeforeEach
    void aTenantOfItsOwn() {
        // webhooks are per tenant: one per test keeps the tests apart
        tenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
        admin = TestTokens.bearer(tenant, "admin-1", "PROGRAM_ADMIN");
    }

    @AfterEach
    void stopChat() {
        chat.close();
    }

    @Test
    void onlyAnAdministratorSetsAWebhookAndOnlyToAChatToolOverHttps() {
        String webhooks = "/api/v1/notification-webhooks/SLACK";

        problem(api.put(webhooks, TestTokens.bearer(tenant, "per-1", "MENTOR"), Map.of("url", chat.url("/slack"))),
                403, "forbidden");
        problem(api.put(webhooks, null, Map.of("url", chat.url("/slack"))), 401, "unauthorized");
        JsonNode wrongHost = problem(api.put(webhooks, admin, Map.of("url", "http://10.0.0.1/hooks")), 400, "validation");
        assertThat(wrongHost.get("errors").findValuesAsString("field")).containsExactly("url");
        JsonNode wrongTool = problem(api.put("/api/v1/notification-webhooks/EMAIL", admin,
                Map.of("url", chat.url("/slack"))), 400, "validation");
        assertThat(wrongTool.get("errors").findValuesAsString("field")).containsExactly("app");

        JsonNode set = expect(api.put(webhooks, admin, Map.of("url", chat.url("/slack/T1/B1/secret"))), 200);
        expect(api.put(webhooks, admin, Map.of("url", chat.url("/slack/T1/B1/secret"))), 200);

        assertThat(set.get("url").asString()).doesNotContain("secret").endsWith("/…");
        assertThat(expect(api.get(webhooks, admin), 200).get("app").asString()).isEqualTo("SLACK");
        problem(api.get(webhooks, TestTokens.bearer("globex", "admin-1", "PROGRAM_ADMIN")), 404, "not-found");
        assertThat(service.as(tenant, "admin-1", "PROGRAM_ADMIN").delete(webhooks).getStatusCode().value())
                .isEqualTo(204);
        problem(api.get(webhooks, admin), 404, "not-found");
    }

    @Test
    void aSlackMessageCarriesTitleSummaryAndLinkAndIsTriedAgainAfterAServerError() {
        expect(api.put("/api/v1/notification-webhooks/SLACK", admin, Map.of("url", chat.url("/slack"))), 200);
        chat.answer("/slack", 503);
        Outgoing digest = Outgoing.on(Channel.SLACK, tenant, "admin-1", NotificationKind.PROGRAM_DIGEST)
                .due(clock.instant());

        dispatches.schedule(digest.build());

        await().atMost(Duration.ofSeconds(30)).until(() -> queue.attemptsOf(tenant, digest.key()) == 1);
        clock.advance(Duration.ofMinutes(1));
        String id = QueueAccess.idOf(tenant, digest.key());
        JsonNode sent = JSON.readTree(events().await(ofTypeAbout(NotificationSent.TYPE, id)).value());
        assertThat(sent.get("channel").asString()).isEqualTo("SLACK");
        assertThat(chat.postedTo("/slack")).hasSize(2);
        JsonNode posted = JSON.readTree(chat.postedTo("/slack").get(1));
        assertThat(posted.get("text").asString()).isEqualTo("Séance dans 1 heure — Avec Zoé, à 16 h.");
        assertThat(posted.get("blocks").get(0).get("text").get("text").asString())
                .isEqualTo("*<http://localhost:8080/|Séance dans 1 heure>*\nAvec Zoé, à 16 h.");
        assertThat(posted.toString()).doesNotContain("Votre séance");
    }

    @Test
    void aTeamsWebhookThatRefusesTheMessageFailsItAtOnce() {
        expect(api.put("/api/v1/notification-webhooks/TEAMS", admin, Map.of("url", chat.url("/teams"))), 200);
        chat.answer("/teams", 404);
        Outgoing digest = Outgoing.on(Channel.TEAMS, tenant, "admin-1", NotificationKind.PROGRAM_DIGEST);
        Outgoing noWebhook = Outgoing.on(Channel.SLACK, tenant, "admin-1", NotificationKind.PROGRAM_DIGEST);

        dispatches.schedule(digest.build());
        dispatches.schedule(noWebhook.build());

        JsonNode failed = JSON.readTree(events().await(ofTypeAbout(NotificationFailed.TYPE,
                QueueAccess.idOf(tenant, digest.key()))).value());
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("reason").asString()).isEqualTo("TEAMS answered 404");
        JsonNode posted = JSON.readTree(chat.postedTo("/teams").get(0));
        assertThat(posted.get("attachments").get(0).get("content").get("type").asString()).isEqualTo("AdaptiveCard");
        JsonNode notSetUp = JSON.readTree(events().await(ofTypeAbout(NotificationFailed.TYPE,
                QueueAccess.idOf(tenant, noWebhook.key()))).value());
        assertThat(notSetUp.get("reason").asString()).isEqualTo("no SLACK webhook is set up for the tenant");
    }
}
