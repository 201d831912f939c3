package org.mentorat.matching.suggestion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Suggestion settings, defaults here and nowhere else.
 *
 * @param topChoiceHold how long a mentor's seat is held for the mentee it is the top choice of
 * @param rankingCacheTtl how long a program's prepared ranking is reused before it is rebuilt
 */
@ConfigurationProperties("mentorat.matching")
record SuggestionSettings(Duration topChoiceHold, Duration rankingCacheTtl) {

    SuggestionSettings {
        topChoiceHold = topChoiceHold == null ? Duration.ofHours(48) : topChoiceHold;
        rankingCacheTtl = rankingCacheTtl == null ? Duration.ofSeconds(30) : rankingCacheTtl;
    }
}
