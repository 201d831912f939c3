package org.mentorat.matching.scoring;

import java.util.Set;

/**
 * A mentee read once per ranking: wanted topics as ids in the order {@link TopicFit} adds them
 * (those no mentor covers left out, but counted in {@code wantedCount}), goal keywords, and the
 * traits compared on both sides.
 */
record PreparedMentee(int[] wantedTopics, int wantedCount, IdSet goals, Traits traits) {

    static PreparedMentee of(Candidate mentee, Vocabulary vocabulary) {
        Set<String> wanted = Text.keys(mentee.topics());
        int[] ids = wanted.stream().mapToInt(vocabulary::find).filter(id -> id >= 0).toArray();
        return new PreparedMentee(ids, wanted.size(), IdSet.of(Keywords.of(mentee.goals()), vocabulary::find),
                Traits.of(mentee, vocabulary::find));
    }
}
