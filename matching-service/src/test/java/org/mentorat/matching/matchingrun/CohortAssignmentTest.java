package org.mentorat.matching.matchingrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.MenteeStatus;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.readmodel.MatchingMode;
import org.mentorat.matching.readmodel.OptimizeFor;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.scoring.rule.HardRules;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.Skill;
import org.mentorat.matching.scoring.vocabulary.Weights;

/** On random cohorts under strict rules, a run never proposes a pair a hard rule excludes, nor overfills a mentor. */
class CohortAssignmentTest {

    private static final List<String> TOPICS = List.of("java", "sales", "design", "finance", "leadership", "data");
    private static final List<String> LANGUAGES = List.of("fr", "en", "ar", "de");
    private static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Finance", "HR");

    @ParameterizedTest
    @EnumSource(CohortMode.class)
    void aRunNeverBreaksAHardRuleNorACapacity(CohortMode mode) {
        int matchedOverall = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            Map<String, String> managers = new HashMap<>();
            List<Mentor> mentors = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Candidate person = person("mentor-" + i, random, managers);
                mentors.add(new Mentor("enr-m-" + i, "p", person.personId(), 3, 1 + random.nextInt(3), true, person));
            }
            List<Mentee> mentees = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Candidate person = person("mentee-" + i, random, managers);
                mentees.add(new Mentee("enr-e-" + i, "p", person.personId(), MenteeStatus.WAITING, null, person));
            }
            PairHistory history = PairHistory.empty().blocked("mentee-0", "mentor-0").declinedOrEnded("mentee-1", "mentor-1");
            ProgramRules rules = new ProgramRules(ProgramType.ONE_TO_ONE, Weights.equal(), 2, true,
                    DepartmentPolicy.DIFFERENT, 1, 6);
            ReportingLines lines = ReportingLines.of(managers);
            CandidatePool pool = new CandidatePool(new Program("p", rules, MatchingMode.ADMIN_COHORT, OptimizeFor.QUALITY, 5, 7), mentors,
                    lines, history);

            CohortAssignment.Result result = CohortAssignment.assign(pool, mentees, mode);

            Map<String, Integer> taken = new HashMap<>();
            Set<String> menteesSeen = new HashSet<>();
            for (RunLine line : result.lines()) {
                assertThat(menteesSeen.add(line.menteeEnrollmentId())).isTrue();
                if (line.mentorEnrollmentId() == null) {
                    continue;
                }
                Mentor mentor = mentors.stream().filter(m -> m.enrollmentId().equals(line.mentorEnrollmentId()))
                        .findFirst().orElseThrow();
                Mentee mentee = mentees.stream().filter(m -> m.enrollmentId().equals(line.menteeEnrollmentId()))
                        .findFirst().orElseThrow();
                assertThat(HardRules.check(new PairInput(mentor.profile(), mentee.profile(), rules, lines, history,
                        mentor.seatsLeft()))).as("seed %d: %s with %s", seed, mentee.personId(), mentor.personId())
                        .isEmpty();
                taken.merge(mentor.enrollmentId(), 1, Integer::sum);
            }
            assertThat(menteesSeen).hasSize(mentees.size());
            for (Mentor mentor : mentors) {
                assertThat(taken.getOrDefault(mentor.enrollmentId(), 0)).isLessThanOrEqualTo(mentor.seatsLeft());
            }
            assertThat(result.figures().matched() + result.figures().unmatched()).isEqualTo(mentees.size());
            matchedOverall += result.figures().matched();
        }
        assertThat(matchedOverall).as("the rules leave room for pairs, so the check is not vacuous").isGreaterThan(100);
    }

    private static Candidate person(String id, Random random, Map<String, String> managers) {
        String employee = "E-" + id;
        if (random.nextInt(4) > 0) {
            String manager = "E-" + (random.nextBoolean() ? "mentor-" : "mentee-") + random.nextInt(12);
            if (!manager.equals(employee)) {
                managers.put(employee, manager);
            }
        }
        List<String> languages = new ArrayList<>(List.of(LANGUAGES.get(random.nextInt(LANGUAGES.size()))));
        if (random.nextBoolean()) {
            languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        }
        List<String> topics = List.of(TOPICS.get(random.nextInt(TOPICS.size())), TOPICS.get(random.nextInt(TOPICS.size())));
        return new Candidate(id, employee, managers.get(employee), DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())),
                1 + random.nextInt(10), languages.stream().distinct().toList(),
                List.of(new Skill(topics.get(0), 1 + random.nextInt(5))), topics.stream().distinct().toList(), null,
                null, random.nextBoolean() ? "Paris" : "Lyon", random.nextBoolean(), ZoneId.of("Europe/Paris"),
                List.of(), null, List.of(), List.of());
    }
}
