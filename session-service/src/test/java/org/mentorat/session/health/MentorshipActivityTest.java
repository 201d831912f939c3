package org.mentorat.session.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.session.health.MentorshipActivityMother.STARTED;
import static org.mentorat.session.health.MentorshipActivityMother.active;
import static org.mentorat.session.health.MentorshipActivityMother.after;
import static org.mentorat.session.health.MentorshipActivityMother.increments;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentorat.events.session.MentorshipStalled;
import org.mentorat.platform.store.Changed;

class MentorshipActivityTest {

    @Test
    void startingQueuesOneActiveMentorshipAndAGroupsSecondMenteeAddsNone() {
        MentorshipActivity started = after(MentorshipActivity.unknown("acme", "mts-1", "prg-1"), "e1", "mts-1", 1,
                activity -> activity.started("mentor-1", "mentee-1", STARTED));
        assertThat(increments(started)).contains(new Increment("mentorships.ACTIVE", 1));

        MentorshipActivity grown = after(started, "e2", "mts-1", 2,
                activity -> activity.started("mentor-1", "mentee-2", STARTED.plusSeconds(60)));

        assertThat(grown.menteeIds()).containsExactly("mentee-1", "mentee-2");
        assertThat(grown.pending()).hasSize(1);
    }

    @Test
    void anEventAlreadyAppliedFromItsSourceIsRecognised() {
        MentorshipActivity held = after(active(), "e1", "ses-1", 2,
                activity -> activity.sessionHeld(STARTED.plus(Duration.ofDays(8)), 45));

        assertThat(held.hasApplied("ses-1", 2)).isTrue();
        assertThat(held.hasApplied("ses-1", 1)).isTrue();
        assertThat(held.hasApplied("ses-1", 3)).isFalse();
        assertThat(held.hasApplied("ses-2", 1)).isFalse();
    }

    @Test
    void aSessionCountsInItsMonthAndFixesTheDaysToTheFirstSession() {
        MentorshipActivity held = after(active(), "e1", "ses-1", 2,
                activity -> activity.sessionHeld(Instant.parse("2026-03-10T10:00:00Z"), 45));

        assertThat(increments(held)).containsExactlyInAnyOrder(new Increment("firstSessionDays.8", 1),
                new Increment("months.2026-03.minutes", 45), new Increment("months.2026-03.sessions", 1));

        MentorshipActivity earlier = after(held, "e2", "ses-0", 2,
                activity -> activity.sessionHeld(Instant.parse("2026-03-05T10:00:00Z"), 30));

        assertThat(increments(earlier)).containsExactlyInAnyOrder(new Increment("firstSessionDays.8", -1),
                new Increment("firstSessionDays.3", 1), new Increment("months.2026-03.minutes", 30),
                new Increment("months.2026-03.sessions", 1));
    }

    @Test
    void aQuietActiveMentorshipStallsOnceAndASessionClearsIt() {
        Instant later = STARTED.plus(Duration.ofDays(31));

        Changed<MentorshipActivity> stalled = active().stall("d1", 30, later);

        assertThat(stalled.events()).singleElement().isInstanceOfSatisfying(MentorshipStalled.class, event -> {
            assertThat(event.thresholdDays()).isEqualTo(30);
            assertThat(event.stalledAt()).isEqualTo(later);
            assertThat(event.menteeIds()).containsExactly("mentee-1");
        });
        assertThat(increments(stalled.state())).containsExactly(new Increment("mentorships.STALLED", 1));
        assertThat(stalled.state().stall("d2", 30, later.plusSeconds(3600)).events()).isEmpty();

        MentorshipActivity held = stalled.state().sessionHeld(later.plusSeconds(60), 30);
        assertThat(held.isStalled()).isFalse();
        assertThat(held.stall("d3", 30, later.plus(Duration.ofDays(29))).events()).isEmpty();
        assertThat(held.stall("d4", 30, later.plus(Duration.ofDays(31))).events()).hasSize(1);
    }

    @Test
    void notBeforeItsThresholdAndNeverWhenPausedOrOver() {
        Instant later = STARTED.plus(Duration.ofDays(31));

        assertThat(active().stall("d1", 45, later).events()).isEmpty();
        assertThat(active().paused().stall("d1", 30, later).events()).isEmpty();
        assertThat(active().ended(ActivityStatus.COMPLETED).stall("d1", 30, later).events()).isEmpty();
        assertThat(active().ended(ActivityStatus.ENDED_EARLY).stall("d1", 30, later).events()).isEmpty();
        assertThat(active().paused().resumed(later).stall("d1", 30, later.plus(Duration.ofDays(1))).events())
                .isEmpty();
    }

    @Test
    void pausingAStalledMentorshipMovesItFromActiveAndStalledToPaused() {
        MentorshipActivity stalled = active().stall("d1", 30, STARTED.plus(Duration.ofDays(31))).state();

        MentorshipActivity paused = after(stalled, "e1", "mts-1", 2, MentorshipActivity::paused);

        assertThat(increments(paused)).containsExactlyInAnyOrder(new Increment("mentorships.ACTIVE", -1),
                new Increment("mentorships.STALLED", -1), new Increment("mentorships.PAUSED", 1));
    }
}
