package org.mentorat.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Contribution;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.ExcludedPair;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairAssessment;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.RuleCode;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.matching.scoring.vocabulary.Slot;
import org.mentorat.matching.scoring.vocabulary.Weights;

/** On many seeded random pairs, the explanation adds up to the score and the score stays in [0, 1]. */
class ExplanationTest {

    private static final String[] TOPICS = {"java", "kafka", "leadership", "sql", "design", "public speaking"};
    private static final String[] LANGUAGES = {"fr", "en", "ar", "de"};
    private static final String[] STYLES = {"DIRECTIVE", "COACHING", "COLLABORATIVE", "FLEXIBLE"};
    private static final String[] ZONES = {"Europe/Paris", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "UTC"};
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Finance"};

    @Test
    void contributionsAddUpToTheScoreOnThousandsOfRandomPairs() {
        Random random = new Random(20_261_123L);
        for (int i = 0; i < 5_000; i++) {
            ProgramType type = ProgramType.values()[random.nextInt(ProgramType.values().length)];
            Weights weights = randomWeights(random);
            PairInput pair = Pairs.pair(randomPerson(random, "a" + i), randomPerson(random, "b" + i),
                    ProgramRules.lenient(type, weights));

            ScoredPair scored = PairScorer.score(pair);

            double sum = 0;
            double weighted = 0;
            for (Contribution c : scored.contributions()) {
                assertThat(c.value()).isBetween(0.0, 1.0);
                assertThat(c.weight()).isEqualTo(weights.of(c.criterion()));
                sum += c.contribution();
                weighted += c.weight() * c.value();
            }
            double expected = weights.total() == 0 ? 0 : weighted / weights.total();
            assertThat(scored.contributions()).extracting(Contribution::criterion).containsExactly(Criterion.values());
            assertThat(sum).isCloseTo(scored.score(), within(1e-9));
            assertThat(scored.score()).isCloseTo(expected, within(1e-9)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void anExcludedPairSaysWhichRuleExcludedIt() {
        PairInput blocked = new PairInput(People.mentor().build(), People.mentee().build(), Pairs.ONE_TO_ONE,
                ReportingLines.none(), PairHistory.empty().blocked("mentor", "mentee"), 1);

        PairAssessment assessment = PairScorer.assess(blocked);

        assertThat(assessment).isEqualTo(new ExcludedPair(
                List.of(new Exclusion(RuleCode.BLOCKED, "This pair is explicitly blocked."))));
    }

    private static Weights randomWeights(Random random) {
        EnumMap<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, random.nextInt(4) == 0 ? 0.0 : random.nextDouble() * 10);
        }
        return new Weights(weights);
    }

    private static Candidate randomPerson(Random random, String id) {
        People person = People.person(id)
                .seniority(random.nextInt(5) == 0 ? null : 1 + random.nextInt(10))
                .languages(pick(random, LANGUAGES, 2).toArray(String[]::new))
                .topics(pick(random, TOPICS, 3).toArray(String[]::new))
                .goals(String.join(" and ", pick(random, TOPICS, 3)))
                .style(random.nextBoolean() ? null : STYLES[random.nextInt(STYLES.length)])
                .department(random.nextInt(6) == 0 ? null : DEPARTMENTS[random.nextInt(DEPARTMENTS.length)])
                .location(random.nextBoolean() ? "Paris" : "Lyon", random.nextBoolean())
                .zone(ZONES[random.nextInt(ZONES.length)], randomSlots(random));
        for (String skill : pick(random, TOPICS, 3)) {
            person.skill(skill, 1 + random.nextInt(5));
        }
        return person.build();
    }

    private static Slot[] randomSlots(Random random) {
        Slot[] slots = new Slot[random.nextInt(4)];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(random.nextInt(24), 0),
                    LocalTime.of(random.nextInt(24), 30));
        }
        return slots;
    }

    private static List<String> pick(Random random, String[] values, int max) {
        List<String> picked = new ArrayList<>();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            picked.add(values[random.nextInt(values.length)]);
        }
        return picked;
    }
}
