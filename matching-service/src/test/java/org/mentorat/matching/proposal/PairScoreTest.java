package org.mentorat.matching.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;

class PairScoreTest {

    private static Mentor mentorOffering(List<String> topics, List<String> languages) {
        return new Mentor("e-1", "p-1", "mentor", 1, topics, languages, "IT");
    }

    private static Mentee menteeWanting(List<String> topics, List<String> languages) {
        return new Mentee("e-2", "p-1", "mentee", topics, languages, "Sales", "WAITING");
    }

    @Test
    void everyWantedTopicOfferedAndASharedLanguageScoresOne() {
        PairScore score = PairScore.of(mentorOffering(List.of("Java", "Leadership"), List.of("fr")),
                menteeWanting(List.of("java"), List.of("FR", "ar")));

        assertThat(score.value()).isEqualTo(1.0);
        assertThat(score.reasons()).containsExactly("SHARED_TOPICS", "SHARED_LANGUAGE");
    }

    @Test
    void halfTheTopicsAndNoSharedLanguageScoresTheTopicShareOnly() {
        PairScore score = PairScore.of(mentorOffering(List.of("java"), List.of("en")),
                menteeWanting(List.of("java", "sales"), List.of("ar")));

        assertThat(score.value()).isEqualTo(0.35);
        assertThat(score.reasons()).containsExactly("SHARED_TOPICS", "NO_SHARED_LANGUAGE");
    }
}
