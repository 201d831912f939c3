package org.mentorat.matching.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairnessReportTest {

    private final List<FairnessSubject> subjects = new ArrayList<>();

    @Test
    void flagsAGroupMatchedAtLessThanFourFifthsOfTheBestGroupsRate() {
        addGroup("department", "engineering", 10, 8);
        addGroup("department", "sales", 5, 3);

        AttributeFairness department = report("department");

        assertThat(department.referenceGroup()).isEqualTo("engineering");
        assertThat(department.referenceRate()).isEqualTo(0.8);
        GroupFairness engineering = group(department, "engineering");
        assertThat(engineering.size()).isEqualTo(10);
        assertThat(engineering.matched()).isEqualTo(8);
        assertThat(engineering.impactRatio()).isEqualTo(1.0);
        assertThat(engineering.flagged()).isFalse();
        GroupFairness sales = group(department, "sales");
        assertThat(sales.matchRate()).isEqualTo(0.6);
        assertThat(sales.impactRatio()).isEqualTo(0.75);
        assertThat(sales.flagged()).isTrue();
        assertThat(sales.smallSample()).isFalse();
    }

    @Test
    void aRatioOfExactlyFourFifthsIsNotFlaggedThoughItsRatesDivideToJustBelow() {
        // 6/10 over 9/12 is exactly 0.8, but 0.6 / 0.75 in doubles is 0.7999999999999999.
        addGroup("location", "lyon", 10, 6);
        addGroup("location", "paris", 12, 9);
        addGroup("location", "nantes", 10, 5);

        AttributeFairness location = report("location");

        assertThat(location.referenceGroup()).isEqualTo("paris");
        assertThat(group(location, "lyon").impactRatio()).isEqualTo(0.8);
        assertThat(group(location, "lyon").flagged()).isFalse();
        assertThat(group(location, "nantes").impactRatio()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(group(location, "nantes").flagged()).isTrue();
    }

    @Test
    void summarisesMatchedScoresWithNearestRankPercentiles() {
        double[] scores = {0.9, 0.1, 0.5, 0.3, 0.7, 0.2};
        for (int i = 0; i < scores.length; i++) {
            subjects.add(subject("m" + i, Map.of("seniority", "junior"), true, scores[i]));
        }
        subjects.add(subject("not-scored", Map.of("seniority", "junior"), true, null));
        subjects.add(subject("unmatched", Map.of("seniority", "junior"), false, 0.99));
        subjects.add(subject("s1", Map.of("seniority", "senior"), true, 0.4));
        for (int i = 0; i < 4; i++) {
            subjects.add(subject("l" + i, Map.of("seniority", "lead"), true, (i + 1) / 10.0));
        }

        AttributeFairness seniority = report("seniority");

        GroupFairness junior = group(seniority, "junior");
        assertThat(junior.size()).isEqualTo(8);
        assertThat(junior.matched()).isEqualTo(7);
        ScoreDistribution distribution = junior.scores();
        assertThat(distribution.count()).isEqualTo(6);
        assertThat(distribution.mean()).isCloseTo(0.45, within(1e-12));
        assertThat(distribution.min()).isEqualTo(0.1);
        assertThat(distribution.p25()).isEqualTo(0.2);
        assertThat(distribution.median()).isEqualTo(0.3);
        assertThat(distribution.p75()).isEqualTo(0.7);
        assertThat(distribution.max()).isEqualTo(0.9);
        assertThat(group(seniority, "senior").scores())
                .isEqualTo(new ScoreDistribution(1, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4));
        ScoreDistribution lead = group(seniority, "lead").scores();
        assertThat(List.of(lead.p25(), lead.median(), lead.p75())).containsExactly(0.1, 0.2, 0.3);
    }

    @Test
    void reportsEachAttributeAskedForWithMissingAndBlankValuesInAnUnknownGroupLast() {
        Map<String, String> nullLanguage = new HashMap<>();
        nullLanguage.put("department", "sales");
        nullLanguage.put("language", null);
        subjects.add(subject("a", Map.of("department", "sales", "language", "fr"), true, 0.5));
        subjects.add(subject("b", Map.of("department", "sales", "language", "  "), false, null));
        subjects.add(subject("c", Map.of("department", "hr"), true, 0.6));
        subjects.add(subject("d", nullLanguage, false, null));
        subjects.add(subject("e", Map.of("department", " hr ", "language", "en"), true, 0.7));

        FairnessReport report = FairnessReport.of(subjects, List.of("language", "department", "language"));

        assertThat(report.attributes()).extracting(AttributeFairness::attribute)
                .containsExactly("language", "department");
        AttributeFairness language = report.attributes().get(0);
        assertThat(language.groups()).extracting(GroupFairness::group).containsExactly("en", "fr", "unknown");
        GroupFairness unknown = group(language, FairnessReport.UNKNOWN_GROUP);
        assertThat(unknown.size()).isEqualTo(3);
        assertThat(unknown.matched()).isEqualTo(1);
        assertThat(unknown.impactRatio()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(unknown.flagged()).isTrue();
        AttributeFairness department = report.attributes().get(1);
        assertThat(department.groups()).extracting(GroupFairness::group).containsExactly("hr", "sales");
        assertThat(group(department, "hr").matched()).isEqualTo(2);
        assertThat(group(department, "sales").impactRatio()).isEqualTo(1.0 / 3);
    }

    @Test
    void marksGroupsUnderFiveMenteesAsSmallSamplesButStillComputesThem() {
        addGroup("department", "legal", 4, 1);
        addGroup("department", "finance", 5, 5);

        AttributeFairness department = report("department");

        GroupFairness legal = group(department, "legal");
        assertThat(legal.smallSample()).isTrue();
        assertThat(legal.impactRatio()).isEqualTo(0.25);
        assertThat(legal.flagged()).isTrue();
        assertThat(group(department, "finance").smallSample()).isFalse();
    }

    @Test
    void aGroupNobodyMatchedIsFlaggedWhenOthersWereMatched() {
        addGroup("department", "ops", 6, 0);
        addGroup("department", "it", 6, 3);

        GroupFairness ops = group(report("department"), "ops");

        assertThat(ops.impactRatio()).isZero();
        assertThat(ops.flagged()).isTrue();
        assertThat(ops.scores()).isNull();
    }

    @Test
    void aProgramThatMatchedNobodyHasNoRatiosAndFlagsNobody() {
        addGroup("department", "ops", 6, 0);
        addGroup("department", "it", 2, 0);

        AttributeFairness department = report("department");

        assertThat(department.referenceGroup()).isNull();
        assertThat(department.referenceRate()).isZero();
        assertThat(department.groups()).allSatisfy(group -> {
            assertThat(group.matchRate()).isZero();
            assertThat(group.impactRatio()).isNull();
            assertThat(group.flagged()).isFalse();
            assertThat(group.scores()).isNull();
        });
    }

    @Test
    void aProgramWithoutMenteesHasNoGroups() {
        AttributeFairness department = report("department");

        assertThat(department.groups()).isEmpty();
        assertThat(department.referenceRate()).isNull();
    }

    @Test
    void refusesAMenteeListedTwiceAndABlankAttributeName() {
        subjects.add(subject("a", Map.of(), true, 0.5));

        assertThatThrownBy(() -> FairnessReport.of(List.of(subjects.get(0), subjects.get(0)), List.of("department")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> FairnessReport.of(subjects, List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> subject("b", Map.of(), true, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void addGroup(String attribute, String value, int size, int matched) {
        for (int i = 0; i < size; i++) {
            boolean isMatched = i < matched;
            subjects.add(subject(value + "-" + i, Map.of(attribute, value), isMatched, isMatched ? 0.5 : null));
        }
    }

    private AttributeFairness report(String attribute) {
        FairnessReport report = FairnessReport.of(subjects, List.of(attribute));
        assertThat(report.attributes()).hasSize(1);
        return report.attributes().get(0);
    }

    private static GroupFairness group(AttributeFairness attribute, String name) {
        return attribute.groups().stream().filter(group -> group.group().equals(name)).findFirst().orElseThrow();
    }

    private static FairnessSubject subject(String id, Map<String, String> attributes, boolean matched, Double score) {
        return new FairnessSubject(id, attributes, matched, score);
    }
}
