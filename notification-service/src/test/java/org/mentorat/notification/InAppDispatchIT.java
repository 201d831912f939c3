package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.notification.dispatch.OutgoingMessage;
import org.mentorat.notification.dispatch.QueueAccess;
import org.mentorat.notification.message.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** IN_APP messages land in the person's inbox, written out, each occurrence its own notification. */
class InAppDispatchIT extends RunningNotificationService {

    @Autowired
    Dispatches dispatches;

    @Test
    void eachReminderOfASessionIsItsOwnNotificationWithItsTitleAndSummary() {
        String session = "ses-" + pair.menteeId();
        OutgoingMessage dayBefore = reminder("day-before:" + session, session);
        OutgoingMessage hourBefore = reminder("hour-before:" + session, session);

        dispatches.schedule(dayBefore);
        dispatches.schedule(hourBefore);
        dispatches.schedule(dayBefore);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> driver.inboxAbout(pair.tenant(), pair.menteeId(), session).size() == 2);
        List<JsonNode> notices = driver.inboxAbout(pair.tenant(), pair.menteeId(), session);
        assertThat(notices).extracting(notice -> notice.get("id").asString()).containsExactlyInAnyOrder(
                QueueAccess.idOf(pair.tenant(), dayBefore.id()), QueueAccess.idOf(pair.tenant(), hourBefore.id()));
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.get("title").asString()).isEqualTo("Séance dans 1 heure");
            assertThat(notice.get("summary").asString()).isEqualTo("Avec Zoé, à 16 h.");
            assertThat(notice.get("kind").asString()).isEqualTo("SESSION_REMINDER");
            assertThat(notice.get("read").asBoolean()).isFalse();
        });
        String id = QueueAccess.idOf(pair.tenant(), dayBefore.id());
        JsonNode sent = JSON.readTree(events().await(ofTypeAbout(NotificationSent.TYPE, id)).value());
        assertThat(sent.get("channel").asString()).isEqualTo("IN_APP");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> events().matching(ofTypeAbout(NotificationSent.TYPE, id)).size() == 1);
    }

    private OutgoingMessage reminder(String key, String session) {
        Outgoing reminder = Outgoing.on(Channel.IN_APP, pair.tenant(), pair.menteeId(), NotificationKind.SESSION_REMINDER);
        OutgoingMessage built = reminder.build();
        return new OutgoingMessage(built.tenantId(), key, built.recipientId(), built.channel(), built.kind(), session,
                null, built.content(), List.of(), built.dueAt(), null, null);
    }
}
