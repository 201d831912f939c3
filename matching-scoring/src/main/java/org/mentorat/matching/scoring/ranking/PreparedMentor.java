package org.mentorat.matching.scoring.ranking;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mentorat.matching.scoring.fit.Keywords;
import org.mentorat.matching.scoring.fit.TopicFit;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * A mentor read once for ranking: the topics offered or held as skills, with what each earns
 * ({@link TopicFit#credit}) in the order of {@link IdSet#rank}; the keywords of topics and skills
 * that goals are matched against; and the traits compared on both sides.
 */
record PreparedMentor(int index, IdSet topics, double[] topicCredits, IdSet keywords, Traits traits) {

    static PreparedMentor of(int index, Candidate mentor, Vocabularies vocabularies) {
        Map<String, Integer> levels = topicLevels(mentor);
        IdSet topics = IdSet.of(levels.keySet(), vocabularies.topics());
        double[] credits = new double[levels.size()];
        levels.forEach((topic, level) ->
                credits[topics.rank(vocabularies.topics().find(topic))] = TopicFit.credit(level));
        return new PreparedMentor(index, topics, credits, IdSet.of(keywords(mentor), vocabularies.keywords()),
                Traits.of(mentor, vocabularies));
    }

    /**
     * Every topic {@link TopicFit} counts as covered, with the level it credits: the highest level
     * among skills of that name, else {@link TopicFit#ASSUMED_LEVEL} for a topic offered.
     */
    static Map<String, Integer> topicLevels(Candidate mentor) {
        Map<String, Integer> levels = new HashMap<>();
        mentor.skills().forEach(skill -> levels.merge(Text.key(skill.name()), skill.level(), Math::max));
        for (String topic : Text.keys(mentor.topics())) {
            levels.putIfAbsent(topic, TopicFit.ASSUMED_LEVEL);
        }
        return levels;
    }

    /** The vocabulary {@link GoalFit} matches goals against. */
    static Set<String> keywords(Candidate mentor) {
        Set<String> keywords = new LinkedHashSet<>();
        mentor.topics().forEach(topic -> keywords.addAll(Keywords.of(topic)));
        mentor.skills().forEach(skill -> keywords.addAll(Keywords.of(skill.name())));
        return keywords;
    }

    /** What a wanted topic earns with this mentor, or 0 when the mentor does not cover it. */
    double creditFor(int topic) {
        int rank = topics.rank(topic);
        return rank >= 0 ? topicCredits[rank] : 0;
    }
}
