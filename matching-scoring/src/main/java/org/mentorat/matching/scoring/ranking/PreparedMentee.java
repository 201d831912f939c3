package org.mentorat.matching.scoring.ranking;

import java.util.Set;
import org.mentorat.matching.scoring.fit.Keywords;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * A mentee read once per ranking: wanted topics as ids in the order {@link TopicFit} adds them
 * (those no mentor covers left out, but counted in {@code wantedCount}), goal keywords, and the
 * traits compared on both sides; optionally the mentee's weekly minutes counted up for fast overlaps.
 */
record PreparedMentee(int[] wantedTopics, int wantedCount, IdSet goals, Traits traits, int[] minutesBefore) {

    static PreparedMentee of(Candidate mentee, Vocabularies vocabularies) {
        Set<String> wanted = Text.keys(mentee.topics());
        int[] ids = wanted.stream().mapToInt(vocabularies.topics()::find).filter(id -> id >= 0).toArray();
        return new PreparedMentee(ids, wanted.size(), IdSet.of(Keywords.of(mentee.goals()), vocabularies.keywords()),
                Traits.of(mentee, vocabularies), null);
    }

    /** With the mentee's weekly minutes counted up, for {@link WeekMinutes#overlap(int[])}; once per ranking. */
    PreparedMentee withMinutesCounted() {
        return new PreparedMentee(wantedTopics, wantedCount, goals, traits, traits.week().minutesBefore());
    }
}
