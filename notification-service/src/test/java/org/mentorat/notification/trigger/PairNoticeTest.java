package org.mentorat.notification.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.notification.inbox.NewNotification;
import org.mentorat.notification.message.NotificationKind;

class PairNoticeTest {

    @Test
    void bothPeopleAreToldAndEachLearnsWhoTheOtherIs() {
        List<NewNotification> notices = new PairNotice("acme", NotificationKind.FEEDBACK_REQUEST, "ses-1",
                "per-mentor", "per-mentee", PairNotice.detailsOf("sessionId", "ses-1", "programId", "prg-1")).notices();

        assertThat(notices).extracting(NewNotification::recipientId).containsExactly("per-mentor", "per-mentee");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.FEEDBACK_REQUEST);
            assertThat(notice.relatedId()).isEqualTo("ses-1");
            assertThat(notice.details()).containsEntry("programId", "prg-1");
        });
        assertThat(notices.get(0).details())
                .containsEntry("counterpartId", "per-mentee").containsEntry("role", "MENTOR");
        assertThat(notices.get(1).details())
                .containsEntry("counterpartId", "per-mentor").containsEntry("role", "MENTEE");
    }

    @Test
    void anEventMissingAnIdCanNeverBeApplied() {
        assertThatThrownBy(() -> new PairNotice("acme", NotificationKind.FEEDBACK_REQUEST, "ses-1", "per-mentor", null,
                PairNotice.detailsOf()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("menteeId");
        assertThatThrownBy(() -> new PairNotice("acme", NotificationKind.FEEDBACK_REQUEST, "ses-1", "per-mentor",
                "per-mentee", PairNotice.detailsOf("programId", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("programId");
    }
}
