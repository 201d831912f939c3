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
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.store.Changed;

class NotificationTest {

    @Test
    void placingPutsAnUnreadInAppNotificationInTheInboxUnderTheQueuesIdWithoutAnEvent() {
        Changed<Notification> placed = Notification.place(feedbackRequest(MENTEE), NOW);

        Notification notification = placed.state();
        assertThat(notification.id()).isEqualTo("msg-" + MENTEE);
        assertThat(notification.channel()).isEqualTo(NotificationChannel.IN_APP);
        assertThat(notification.isRead()).isFalse();
        assertThat(notification.title()).isEqualTo("How did your session go?");
        assertThat(notification.details()).containsEntry("counterpartId", "per-mentor");
        assertThat(placed.events()).isEmpty();
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
        NewNotification nobody = new NewNotification(TENANT, " ", NotificationKind.FEEDBACK_REQUEST, "ses-1", Map.of(),
                "msg-1", "title", "summary");

        assertThatThrownBy(() -> Notification.place(nobody, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
