package org.mentorat.session.mentorship;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.store.Changed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Opens one mentorship per accepted match, however often the acceptance is delivered. */
@Component
class MentorshipOpener {

    private static final Logger log = LoggerFactory.getLogger(MentorshipOpener.class);

    private final MentorshipStore store;
    private final Counter started;

    MentorshipOpener(MentorshipStore store, MeterRegistry meters) {
        this.store = store;
        this.started = Counter.builder("mentorat.mentorships.started")
                .description("Mentorships opened for accepted matches")
                .register(meters);
    }

    void open(MatchAccepted accepted, IncomingEvent event) {
        Changed<Mentorship> opened = Mentorship.open(event.tenantId(), accepted);
        if (store.insertOnce(opened)) {
            started.increment();
        } else {
            log.info("mentorship {} for match {} already open; redelivery skipped", opened.state().id(),
                    accepted.matchId());
        }
    }
}
