package org.mentorat.matching.scoring.ranking;

import org.mentorat.matching.scoring.fit.StyleFit;
import org.mentorat.matching.scoring.fit.WeekMinutes;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * What the criteria compare the same way on both sides of a pair, read once per person: keys as
 * vocabulary ids ({@link #UNKNOWN} when the person did not say, {@link Vocabulary#ABSENT} when no
 * mentor has that key), weekly time as UTC minutes, seniority as an int (0 when unknown).
 */
record Traits(
        IdSet languages,
        WeekMinutes week,
        int seniority,
        int style,
        boolean flexible,
        IdSet expectations,
        IdSet kinds,
        int location,
        boolean remoteOk,
        int department) {

    /** The person did not say ({@link Text#known} is false). */
    static final int UNKNOWN = -2;

    static Traits of(Candidate person, Vocabularies vocabularies) {
        return new Traits(
                IdSet.of(Text.keys(person.languages()), vocabularies.languages()),
                WeekMinutes.of(person.slots(), person.timeZone()),
                person.seniorityLevel() == null ? 0 : person.seniorityLevel(),
                key(person.style(), vocabularies.styles()),
                StyleFit.flexible(person.style()),
                IdSet.of(Text.keys(person.expectations()), vocabularies.expectations()),
                IdSet.of(Text.keys(person.preferredKinds()), vocabularies.kinds()),
                key(person.location(), vocabularies.locations()),
                person.remoteOk(),
                key(person.department(), vocabularies.departments()));
    }

    private static int key(String value, Vocabulary vocabulary) {
        return Text.known(value) ? vocabulary.find(Text.key(value)) : UNKNOWN;
    }

    /** Both said (whether or not the mentee's key is one a mentor has). */
    static boolean bothKnown(int mentorKey, int menteeKey) {
        return mentorKey != UNKNOWN && menteeKey != UNKNOWN;
    }

    /** {@link Text#same}: both said, and the same key. */
    static boolean same(int mentorKey, int menteeKey) {
        return menteeKey >= 0 && mentorKey == menteeKey;
    }
}
