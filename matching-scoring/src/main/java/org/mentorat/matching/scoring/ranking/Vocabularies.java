package org.mentorat.matching.scoring.ranking;

import java.util.List;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Text;

/** One {@link Vocabulary} per field the criteria compare, counted over a program's mentors. */
record Vocabularies(
        Vocabulary topics,
        Vocabulary keywords,
        Vocabulary languages,
        Vocabulary styles,
        Vocabulary expectations,
        Vocabulary kinds,
        Vocabulary locations,
        Vocabulary departments) {

    static Vocabularies of(List<Candidate> mentors) {
        Vocabulary.Counter topics = new Vocabulary.Counter();
        Vocabulary.Counter keywords = new Vocabulary.Counter();
        Vocabulary.Counter languages = new Vocabulary.Counter();
        Vocabulary.Counter styles = new Vocabulary.Counter();
        Vocabulary.Counter expectations = new Vocabulary.Counter();
        Vocabulary.Counter kinds = new Vocabulary.Counter();
        Vocabulary.Counter locations = new Vocabulary.Counter();
        Vocabulary.Counter departments = new Vocabulary.Counter();
        for (Candidate mentor : mentors) {
            topics.addAll(PreparedMentor.topicLevels(mentor).keySet());
            keywords.addAll(PreparedMentor.keywords(mentor));
            languages.addAll(Text.keys(mentor.languages()));
            addKnown(styles, mentor.style());
            expectations.addAll(Text.keys(mentor.expectations()));
            kinds.addAll(Text.keys(mentor.preferredKinds()));
            addKnown(locations, mentor.location());
            addKnown(departments, mentor.department());
        }
        return new Vocabularies(topics.build(), keywords.build(), languages.build(), styles.build(),
                expectations.build(), kinds.build(), locations.build(), departments.build());
    }

    private static void addKnown(Vocabulary.Counter counter, String value) {
        if (Text.known(value)) {
            counter.add(Text.key(value));
        }
    }
}
