package org.mentorat.matching.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.Availability;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.events.profile.SkillLevel;
import org.mentorat.events.profile.WeeklySlot;
import org.mentorat.matching.scoring.PairScorer;
import org.mentorat.matching.scoring.rule.HardRules;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.ExcludedPair;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.RuleCode;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/** Profile-service's events carry everything scoring needs, and the rules they publish are enforced. */
class EventCandidatesScoringTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private final MentorRegistered mentor = new MentorRegistered("en-1", "p-1", "alice", 2, List.of("Java"),
            List.of("en"), "Engineering", NOW, "ONE_TO_ONE", "E1", "E9", 7, List.of(new SkillLevel("java", 5)),
            "Paris", true, "America/New_York",
            new Availability(8, List.of(new WeeklySlot("MONDAY", "09:00", "11:00"))), "COACHING",
            List.of("FORMAL"), List.of("GUIDANCE"), Map.of(), Map.of());
    private final MenteeRegistered mentee = new MenteeRegistered("en-2", "p-1", "bob", List.of("java"),
            List.of("EN"), "Sales", "Grow as a Java engineer", NOW, "ONE_TO_ONE", "E2", "E1", 4, List.of(),
            "Paris", false, "Europe/Paris",
            new Availability(4, List.of(new WeeklySlot("MONDAY", "15:00", "17:00"))), "COACHING",
            List.of("FORMAL"), List.of("GUIDANCE"), Map.of(), Map.of());

    private static ProgramPublished program(int reportingLineLevels) {
        return new ProgramPublished("p-1", "Grow", "ONE_TO_ONE", NOW, null, null, 12, 2, "ADMIN_COHORT",
                new ProgramPublished.CriteriaWeights(3, 1, 1, 2, 1, 1, 1, 0),
                new ProgramPublished.HardRules(reportingLineLevels, true, "DIFFERENT", 1, 5), "QUALITY", 5, 14);
    }

    @Test
    void aGoodPairFromEventsScoresFullMarksExceptOnGoalsThatMentionMoreThanTheMentorOffers() {
        ProgramRules rules = EventCandidates.program(program(0));
        PairInput pair = new PairInput(EventCandidates.mentor(mentor), EventCandidates.mentee(mentee), rules,
                ReportingLines.none(), PairHistory.empty(), 2);

        ScoredPair scored = (ScoredPair) PairScorer.assess(pair);

        // "grow", "java", "engineer": one keyword of three is covered; every other weighted criterion is 1.
        assertThat(scored.contributionOf(Criterion.GOALS).value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(scored.score()).isCloseTo((10 - 2.0 / 3) / 10, within(1e-12));
        assertThat(scored.contributionOf(Criterion.DEPARTMENT_DIVERSITY).weight()).isZero();
        assertThat(scored.contributionOf(Criterion.SKILLS).weight()).isEqualTo(3.0);
    }

    @Test
    void theReportingLineFromTheEventsExcludesTheMenteesManager() {
        PairInput pair = new PairInput(EventCandidates.mentor(mentor), EventCandidates.mentee(mentee),
                EventCandidates.program(program(1)), ReportingLines.none(), PairHistory.empty(), 2);

        assertThat(((ExcludedPair) PairScorer.assess(pair)).exclusions()).extracting(Exclusion::code)
                .containsExactly(RuleCode.SAME_REPORTING_LINE);
    }
}
