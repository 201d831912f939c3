package org.mentorat.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.Reason;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.matching.scoring.vocabulary.Slot;

/** Slots are read in each person's zone; the reference week has Paris at UTC+1 and New York at UTC−5. */
class AvailabilityScoringTest {

    private static ScoredPair score(People mentor, People mentee) {
        return PairScorer.score(Pairs.pair(mentor, mentee));
    }

    private static double availability(People mentor, People mentee) {
        return score(mentor, mentee).contributionOf(Criterion.AVAILABILITY).value();
    }

    @Test
    void nineInNewYorkIsThreeInParis() {
        People mentee = People.mentee().zone("Europe/Paris", Slot.of("MONDAY", "15:00", "17:00"));
        People mentor = People.mentor().zone("America/New_York", Slot.of("MONDAY", "09:00", "11:00"));

        assertThat(availability(mentor, mentee)).isEqualTo(1.0);
        assertThat(score(mentor, mentee).reasons()).extracting(Reason::code).contains(ReasonCode.AVAILABILITY_OVERLAP);
    }

    @Test
    void overlapIsTheShareOfTheMenteesWantedTime() {
        People mentee = People.mentee().zone("Europe/Paris", Slot.of("MONDAY", "15:00", "17:00"));
        People mentor = People.mentor().zone("America/New_York", Slot.of("MONDAY", "10:00", "14:00"));

        assertThat(availability(mentor, mentee)).isCloseTo(0.5, within(1e-12));
        assertThat(score(mentor, mentee).reasons()).extracting(Reason::sentence)
                .contains("Their preferred times overlap for 1 h a week.");
    }

    @Test
    void sameLocalHoursInDifferentZonesDoNotOverlap() {
        People mentee = People.mentee().zone("Europe/Paris", Slot.of("MONDAY", "09:00", "11:00"));
        People mentor = People.mentor().zone("America/New_York", Slot.of("MONDAY", "09:00", "11:00"));

        assertThat(availability(mentor, mentee)).isZero();
        assertThat(score(mentor, mentee).reasons()).extracting(Reason::code)
                .doesNotContain(ReasonCode.AVAILABILITY_OVERLAP);
    }

    @Test
    void aNewYorkEveningMeetsAParisNightAcrossMidnightUtc() {
        // New York Monday 18:00–20:00 is Monday 23:00 – Tuesday 01:00 UTC, as is Paris Tuesday 00:00–02:00.
        People mentor = People.mentor().zone("America/New_York", Slot.of("MONDAY", "18:00", "20:00"));
        People mentee = People.mentee().zone("Europe/Paris", Slot.of("TUESDAY", "00:00", "02:00"));

        assertThat(availability(mentor, mentee)).isEqualTo(1.0);
    }

    @Test
    void aSlotCrossingLocalMidnightAndTheEndOfTheUtcWeekStillCounts() {
        // Paris Monday 00:30–01:30 is Sunday 23:30 – Monday 00:30 UTC; the mentor is free 23:00–01:00 UTC.
        People mentee = People.mentee().zone("Europe/Paris", Slot.of("MONDAY", "00:30", "01:30"));
        People mentor = People.mentor().zone("UTC", Slot.of("SUNDAY", "23:00", "01:00"));

        assertThat(availability(mentor, mentee)).isEqualTo(1.0);
    }

    @Test
    void overlappingSlotsOfOnePersonAreNotCountedTwice() {
        People mentee = People.mentee().zone("Europe/Paris",
                Slot.of("WEDNESDAY", "10:00", "12:00"), Slot.of("WEDNESDAY", "11:00", "13:00"));
        People mentor = People.mentor().zone("Europe/Paris", Slot.of("WEDNESDAY", "09:00", "12:00"));

        assertThat(availability(mentor, mentee)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void unknownAvailabilityIsNeutral() {
        People mentee = People.mentee().zone("Europe/Paris");
        People mentor = People.mentor().zone("Asia/Tokyo", Slot.of("FRIDAY", "09:00", "10:00"));

        assertThat(availability(mentor, mentee)).isEqualTo(0.5);
    }
}
