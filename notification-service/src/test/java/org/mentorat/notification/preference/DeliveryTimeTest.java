package org.mentorat.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Quiet hours on the person's wall clock: a notification due in them goes after them, or before when after is too late. */
class DeliveryTimeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
    /** Long before any due time of these tests, unless a test says otherwise. */
    private static final Instant EARLY = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void withoutQuietHoursNothingMoves() {
        Instant due = paris("2026-01-14T23:30");

        assertThat(PersonPreferences.DEFAULTS.deliveryTime(PARIS, due, null, EARLY)).isEqualTo(due);
    }

    @Test
    void aNotificationDueLateInTheEveningWaitsForTheMorning() {
        assertThat(night().deliveryTime(PARIS, paris("2026-01-14T23:30"), null, EARLY))
                .isEqualTo(paris("2026-01-15T07:00"));
        assertThat(night().deliveryTime(PARIS, paris("2026-01-15T06:30"), null, EARLY))
                .as("after midnight the quiet hours began the day before").isEqualTo(paris("2026-01-15T07:00"));
    }

    @Test
    void quietHoursIncludeTheirStartAndNotTheirEnd() {
        assertThat(night().deliveryTime(PARIS, paris("2026-01-14T21:59"), null, EARLY))
                .isEqualTo(paris("2026-01-14T21:59"));
        assertThat(night().deliveryTime(PARIS, paris("2026-01-14T22:00"), null, EARLY))
                .isEqualTo(paris("2026-01-15T07:00"));
        assertThat(night().deliveryTime(PARIS, paris("2026-01-15T07:00"), null, EARLY))
                .isEqualTo(paris("2026-01-15T07:00"));
    }

    @Test
    void quietHoursWithinOneDayMoveOnlyWhatFallsInThem() {
        PersonPreferences lunch = with(new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0)), null);

        assertThat(lunch.deliveryTime(PARIS, paris("2026-01-14T12:30"), null, EARLY)).isEqualTo(paris("2026-01-14T14:00"));
        assertThat(lunch.deliveryTime(PARIS, paris("2026-01-14T23:30"), null, EARLY)).isEqualTo(paris("2026-01-14T23:30"));
    }

    @Test
    void aReminderThatWouldComeTooLateAfterQuietHoursGoesJustBeforeThem() {
        Instant session = paris("2026-01-15T06:45");
        Instant due = session.minusSeconds(3600);

        assertThat(night().deliveryTime(PARIS, due, session, EARLY)).isEqualTo(paris("2026-01-14T21:59"));
        assertThat(night().deliveryTime(PARIS, due, paris("2026-01-15T07:00"), EARLY))
                .as("the end of quiet hours is still in time").isEqualTo(paris("2026-01-15T07:00"));
    }

    @Test
    void goingBeforeQuietHoursNeverMeansGoingInThePast() {
        Instant now = paris("2026-01-14T23:00");

        assertThat(night().deliveryTime(PARIS, paris("2026-01-14T23:30"), paris("2026-01-14T23:45"), now))
                .isEqualTo(now);
    }

    @Test
    void aNotificationOverdueDuringQuietHoursWaitsForTheirEnd() {
        Instant now = paris("2026-01-14T23:00");

        assertThat(night().deliveryTime(PARIS, paris("2026-01-14T20:00"), null, now)).isEqualTo(paris("2026-01-15T07:00"));
        assertThat(night().deliveryTime(PARIS, paris("2026-01-14T20:00"), null, paris("2026-01-14T21:00")))
                .as("overdue but not in quiet hours: it goes as due").isEqualTo(paris("2026-01-14T20:00"));
    }

    @Test
    void quietHoursFollowTheWallClockOverTheSpringAndAutumnChanges() {
        // 29 March 2026: Paris jumps from 02:00 (UTC+1) to 03:00 (UTC+2)
        PersonPreferences early = with(new QuietHours(LocalTime.of(1, 0), LocalTime.of(3, 0)), null);
        assertThat(early.deliveryTime(PARIS, Instant.parse("2026-03-29T00:30:00Z"), null, EARLY))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        PersonPreferences skipped = with(new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30)), null);
        assertThat(skipped.deliveryTime(PARIS, Instant.parse("2026-03-28T23:00:00Z"), null, EARLY))
                .as("02:30 does not exist that night: quiet hours end when the clocks jump")
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        // 25 October 2026: Paris goes back from 03:00 (UTC+2) to 02:00 (UTC+1)
        assertThat(night().deliveryTime(PARIS, paris("2026-10-24T23:00"), null, EARLY))
                .isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
    }

    @Test
    void quietHoursAreInTheZoneThePersonChoseElseTheirContactsElseUtc() {
        Instant due = Instant.parse("2026-01-14T23:30:00Z");
        ZoneId newYork = ZoneId.of("America/New_York");

        assertThat(night().deliveryTime(PARIS, due, null, EARLY)).isEqualTo(paris("2026-01-15T07:00"));
        assertThat(with(NIGHT, newYork).deliveryTime(PARIS, due, null, EARLY)).as("18:30 in New York").isEqualTo(due);
        assertThat(night().deliveryTime(null, due, null, EARLY)).isEqualTo(Instant.parse("2026-01-15T07:00:00Z"));
    }

    @Test
    void quietHoursHaveALength() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PersonPreferences night() {
        return with(NIGHT, null);
    }

    private static PersonPreferences with(QuietHours quietHours, ZoneId zone) {
        return new PersonPreferences(Map.of(), Set.of(), quietHours, zone);
    }

    private static Instant paris(String wallClock) {
        return LocalDateTime.parse(wallClock).atZone(PARIS).toInstant();
    }
}
