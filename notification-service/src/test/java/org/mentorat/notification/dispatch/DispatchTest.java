package org.mentorat.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.notification.dispatch.DispatchMother.BACKOFF;
import static org.mentorat.notification.dispatch.DispatchMother.NOW;
import static org.mentorat.notification.dispatch.DispatchMother.TENANT;
import static org.mentorat.notification.dispatch.DispatchMother.claimed;
import static org.mentorat.notification.dispatch.DispatchMother.due;
import static org.mentorat.notification.dispatch.DispatchMother.reminder;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.events.notification.NotificationFailed;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.store.Changed;

class DispatchTest {

    @Test
    void aScheduledMessageWaitsForItsTimeKeyedByTenantAndKey() {
        Changed<Dispatch> scheduled = Dispatch.schedule(reminder("reminder-1"), NOW.minusSeconds(60));

        Dispatch message = scheduled.state();
        assertThat(scheduled.events()).isEmpty();
        assertThat(message.status()).isEqualTo(DispatchStatus.PENDING);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW);
        assertThat(message.isDue(NOW.minusMillis(1))).isFalse();
        assertThat(message.isDue(NOW)).isTrue();
        assertThat(message.id()).isEqualTo(Dispatch.idFor(TENANT, "reminder-1"))
                .isNotEqualTo(Dispatch.idFor("globex", "reminder-1"))
                .isNotEqualTo(Dispatch.idFor(TENANT, "reminder-2"));
    }

    @Test
    void aClaimedMessageIsNotDueForAnotherInstanceUntilTheClaimExpires() {
        Dispatch claimed = claimed();

        assertThat(claimed.claimedBy()).isEqualTo("instance-a");
        assertThat(claimed.isDue(NOW.plusSeconds(60))).isFalse();
        assertThat(claimed.isDue(NOW.plusSeconds(121))).isTrue();
    }

    @Test
    void aSentMessageSaysSoOnceAndKeepsNoContent() {
        Changed<Dispatch> sent = claimed().sent(NOW.plusSeconds(1));

        Dispatch message = sent.state();
        assertThat(message.status()).isEqualTo(DispatchStatus.SENT);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.content()).isNull();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.claimedBy()).isNull();
        assertThat(message.isDue(NOW.plusSeconds(3600))).isFalse();
        assertThat(sent.events()).containsExactly(new NotificationSent(message.id(), "per-mentee",
                "SESSION_REMINDER", "EMAIL", "ses-1", NOW.plusSeconds(1)));
    }

    @Test
    void aFailedTryWaitsForTheBackoffAndReleasesTheClaim() {
        Changed<Dispatch> failed = claimed().failed("the mail server is unreachable", false, BACKOFF, NOW);

        Dispatch message = failed.state();
        assertThat(failed.events()).isEmpty();
        assertThat(message.status()).isEqualTo(DispatchStatus.RETRY);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.lastFailure()).isEqualTo("the mail server is unreachable");
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(message.claimedUntil()).isNull();
        assertThat(message.content()).isNotNull();
        assertThat(message.isDue(NOW.plus(Duration.ofMinutes(1)))).isTrue();
    }

    @Test
    void theLastTryFailsForGoodAndSaysWhy() {
        Dispatch message = claimed();
        for (int i = 0; i < 2; i++) {
            message = message.failed("unreachable", false, BACKOFF, NOW).state().claim("instance-a", NOW).state();
        }

        Changed<Dispatch> last = message.failed("unreachable", false, BACKOFF, NOW.plusSeconds(5));

        assertThat(last.state().status()).isEqualTo(DispatchStatus.FAILED);
        assertThat(last.state().content()).isNull();
        assertThat(last.events()).containsExactly(new NotificationFailed(message.id(), "per-mentee",
                "SESSION_REMINDER", "EMAIL", "ses-1", 3, "unreachable", NOW.plusSeconds(5)));
    }

    @Test
    void aPermanentFailureIsNotTriedAgain() {
        Changed<Dispatch> refused = claimed().failed("the mail server refused the recipient", true, BACKOFF, NOW);

        assertThat(refused.state().status()).isEqualTo(DispatchStatus.FAILED);
        assertThat(refused.events()).singleElement().isInstanceOfSatisfying(NotificationFailed.class,
                failed -> assertThat(failed.attempts()).isEqualTo(1));
    }

    @Test
    void aMessageWhoseMomentPassedIsDroppedWithoutAWord() {
        Dispatch late = due();

        assertThat(late.isTooLate(NOW.plusSeconds(3600))).isFalse();
        assertThat(late.isTooLate(NOW.plusSeconds(3601))).isTrue();
        Changed<Dispatch> dropped = late.drop(NOW.plusSeconds(3601));
        assertThat(dropped.state().status()).isEqualTo(DispatchStatus.DROPPED);
        assertThat(dropped.state().content()).isNull();
        assertThat(dropped.events()).isEmpty();
    }

    @Test
    void aMessageThatCouldNeverBeSentIsRefusedWhenScheduled() {
        assertThatThrownBy(() -> new OutgoingMessage(TENANT, "k", "per-1", Channel.EMAIL,
                NotificationKind.FEEDBACK_REQUEST, "ses-1", null, DispatchMother.rendered(), List.of(), NOW, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
        assertThatThrownBy(() -> new OutgoingMessage(TENANT, " ", "per-1", Channel.IN_APP,
                NotificationKind.FEEDBACK_REQUEST, "ses-1", null, DispatchMother.rendered(), null, NOW, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }
}
