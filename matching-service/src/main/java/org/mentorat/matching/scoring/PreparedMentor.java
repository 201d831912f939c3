package org.mentorat.matching.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A mentor read once for ranking: topics offered or held as skills with what each earns
 * ({@link TopicFit#credit}), sorted by id with the credits alongside; the keywords of topics and
 * skills that goals are matched against; and the traits compared on both sides.
 */
record PreparedMentor(int index, int[] topics, double[] topicCredits, IdSet keywords, Traits traits) {

    static PreparedMentor of(int index, Candidate mentor, Vocabulary vocabulary) {
        Map<String, Integer> levels = new HashMap<>();
        mentor.skills().forEach(skill -> levels.merge(Text.key(skill.name()), skill.level(), Math::max));
        Set<String> covered = new LinkedHashSet<>(Text.keys(mentor.topics()));
        covered.addAll(levels.keySet());
        int[] topics = covered.stream().mapToInt(vocabulary::intern).sorted().toArray();
        double[] credits = new double[topics.length];
        for (String topic : covered) {
            int position = Arrays.binarySearch(topics, vocabulary.find(topic));
            credits[position] = TopicFit.credit(levels.getOrDefault(topic, TopicFit.ASSUMED_LEVEL));
        }
        Set<String> keywords = new LinkedHashSet<>();
        mentor.topics().forEach(topic -> keywords.addAll(Keywords.of(topic)));
        mentor.skills().forEach(skill -> keywords.addAll(Keywords.of(skill.name())));
        return new PreparedMentor(index, topics, credits, IdSet.of(keywords, vocabulary::intern),
                Traits.of(mentor, vocabulary::intern));
    }

    /** What a wanted topic earns with this mentor, or 0 when the mentor does not cover it. */
    double creditFor(int topic) {
        int position = Arrays.binarySearch(topics, topic);
        return position >= 0 ? topicCredits[position] : 0;
    }
}
