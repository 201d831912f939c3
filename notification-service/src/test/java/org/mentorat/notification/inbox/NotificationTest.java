package org.mentorat.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.notification.inbox.NotificationMother.MENTEE;
import static org.mentorat.notification.inbox.NotificationMother.NOW;
import static org.mentorat.notification.inbox.NotificationMother.TENANT;
import static org.mentorat.notification.inbox.NotificationMother.feedbackRequest;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.platform.store.Changed;
import org.mentorat.notification.message.NotificationKind;

class NotificationTest {

    @Test
    void deliveringPutsAnUnreadInAppNotificationInTheInboxAndSaysSo() {
        Changed<Notification> delivered = Notification.deliver(feedbackRequest(MENTEE), NOW);

        Notification notification = delivered.state();
        assertThat(notification.channel()).isEqualTo(NotificationChannel.IN_APP);
        assertThat(notification.isRead()).isFalse();
        assertThat(notification.details()).containsEntry("counterpartId", "per-mentor");
        assertThat(delivered.events()).containsExactly(new NotificationSent(notification.id(), MENTEE,
                "FEEDBACK_REQUEST", "IN_APP", "ses-1", NOW));
    }

    @Test
    void onePersonIsToldOneThingAboutOneAggregateUnderOneId() {
        String id = Notification.idFor(TENANT, NotificationKind.FEEDBACK_REQUEST, "ses-1", MENTEE);

        assertThat(Notification.deliver(feedbackRequest(MENTEE), NOW).state().id()).isEqualTo(id);
        assertThat(Notification.idFor(TENANT, NotificationKind.FEEDBACK_REQUEST, "ses-1", "per-mentor"))
                .isNotEqualTo(id);
        assertThat(Notification.idFor(TENANT, NotificationKind.FEEDBACK_REQUEST, "ses-2", MENTEE)).isNotEqualTo(id);
        assertThat(Notification.idFor(TENANT, NotificationKind.MENTORSHIP_STARTED, "ses-1", MENTEE)).isNotEqualTo(id);
        assertThat(Notification.idFor("globex", NotificationKind.FEEDBACK_REQUEST, "ses-1", MENTEE)).isNotEqualTo(id);
    }

    @Test
    void readingTwiceKeepsTheFirstReadTime() {
        Instant later = NOW.plusSeconds(60);

        Notification read = NotificationMother.delivered().markRead(later).state();
        Changed<Notification> again = read.markRead(later.plusSeconds(60));

        assertThat(read.readAt()).isEqualTo(later);
        assertThat(again.state()).isEqualTo(read);
        assertThat(again.events()).isEmpty();
    }

    @Test
    void aNotificationNeedsARecipient() {
        NewNotification nobody = new NewNotification(TENANT, " ", NotificationKind.FEEDBACK_REQUEST, "ses-1", Map.of());

        assertThatThrownBy(() -> Notification.deliver(nobody, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
