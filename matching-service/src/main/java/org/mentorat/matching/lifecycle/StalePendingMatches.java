package org.mentorat.matching.lifecycle;

import java.time.Clock;
import java.time.Duration;
import org.mentorat.matching.match.Matches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A proposal interrupted by a crash between claiming a mentee or a seat and announcing the match
 * stays PENDING. Once it is clearly not still in progress, this gives back what it held, so no
 * seat is lost; nothing was announced, so nothing needs undoing on the broker.
 */
@Component
class StalePendingMatches {

    private static final Logger log = LoggerFactory.getLogger(StalePendingMatches.class);

    private final Matches matches;
    private final Clock clock;
    private final Duration staleAfter;

    StalePendingMatches(Matches matches, Clock clock,
            LifecycleSettings settings) {
        this.matches = matches;
        this.clock = clock;
        this.staleAfter = settings.pendingStaleAfter();
    }

    void abandonStale() {
        int abandoned = matches.abandonStalePending(clock.instant().minus(staleAfter));
        if (abandoned > 0) {
            log.warn("gave back the seats and mentees of {} interrupted proposals", abandoned);
        }
    }
}
