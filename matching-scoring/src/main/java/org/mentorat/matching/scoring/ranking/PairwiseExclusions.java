package org.mentorat.matching.scoring.ranking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * The hard rules about who two people are rather than what they are — the same person, the same
 * reporting line, declined or ended before, blocked — answered for one mentee against all mentors
 * by look-ups instead of a check per pair. Each mentor's manager chain is walked once, here.
 */
final class PairwiseExclusions {

    private final int reportingLineLevels;
    private final ReportingLines lines;
    private final int mentorCount;
    private final Map<String, List<Integer>> byPersonId = new HashMap<>();
    /** Mentors by {@link Text#key} of their (known) employee number. */
    private final Map<String, List<Integer>> byEmployee = new HashMap<>();
    /** Mentors by the key of each manager up to the program's levels above them. */
    private final Map<String, List<Integer>> belowManager = new HashMap<>();

    PairwiseExclusions(ProgramRules program, List<Candidate> mentors, ReportingLines lines) {
        this.reportingLineLevels = program.reportingLineLevels();
        this.lines = lines;
        this.mentorCount = mentors.size();
        for (int index = 0; index < mentors.size(); index++) {
            Candidate mentor = mentors.get(index);
            add(byPersonId, mentor.personId(), index);
            if (Text.known(mentor.employeeNumber())) {
                add(byEmployee, Text.key(mentor.employeeNumber()), index);
            }
            if (reportingLineLevels > 0) {
                for (String manager : lines.managersOf(mentor, reportingLineLevels)) {
                    add(belowManager, Text.key(manager), index);
                }
            }
        }
    }

    /** The indices of the mentors these rules exclude for {@code mentee}. */
    BitSet of(Candidate mentee, PairHistory history) {
        BitSet excluded = new BitSet(mentorCount);
        mark(excluded, byPersonId, mentee.personId());
        String employee = Text.known(mentee.employeeNumber()) ? Text.key(mentee.employeeNumber()) : null;
        mark(excluded, byEmployee, employee);
        if (reportingLineLevels > 0) {
            mark(excluded, belowManager, employee);
            for (String manager : lines.managersOf(mentee, reportingLineLevels)) {
                mark(excluded, byEmployee, Text.key(manager));
            }
        }
        for (String partner : history.excludedPartnersOf(mentee.personId())) {
            mark(excluded, byPersonId, partner);
        }
        return excluded;
    }

    private static void add(Map<String, List<Integer>> index, String key, int mentor) {
        index.computeIfAbsent(key, unused -> new ArrayList<>(1)).add(mentor);
    }

    private static void mark(BitSet excluded, Map<String, List<Integer>> index, String key) {
        if (key != null) {
            index.getOrDefault(key, List.of()).forEach(excluded::set);
        }
    }
}
