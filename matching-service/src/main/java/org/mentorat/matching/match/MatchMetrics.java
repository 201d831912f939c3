package org.mentorat.matching.match;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What a program manager asks of matching: how many matches were proposed, and how they ended up
 * (accepted, declined, expired, ended). Tags are bounded: the outcome and how the match came about.
 */
@Component
class MatchMetrics {

    private final MeterRegistry registry;

    MatchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void proposed(Match match) {
        count("PROPOSED", match);
    }

    void changed(Match match) {
        if (match.status() != MatchStatus.PROPOSED) {
            count(match.status().name(), match);
        }
    }

    private void count(String outcome, Match match) {
        Counter.builder("mentorat_matches")
                .description("Matches by what became of them and how they came about")
                .tag("outcome", outcome)
                .tag("origin", match.origin().name())
                .register(registry)
                .increment();
    }
}
