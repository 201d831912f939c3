package org.mentorat.session.mentorship;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.store.Changed;
import org.mentorat.session.program.ProgramTerms;
import org.mentorat.session.program.ProgramType;
import org.mentorat.session.program.Programs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens one mentorship per accepted match (one per mentor in a GROUP program), however often the
 * acceptance is delivered.
 *
 * <p>A match accepted in a program not known here yet fails retryably instead of opening with
 * guessed terms. Profile publishes a program before anyone can enrol in it and matching proposes
 * only in programs it learned of from that same event, so this happens only while this service's
 * program consumer lags (a fresh deployment replaying profile-events): a retry a moment later
 * finds it. Guessing would be worse: a GROUP mentee would get a mentorship of their own and
 * MentorshipStarted would announce the wrong type and planned end, facts that cannot be taken
 * back. Should the retries run out, the acceptance lands on the dead-letter topic with the program
 * named, to be replayed once the program is there.
 */
@Component
class MentorshipOpener {

    private static final Logger log = LoggerFactory.getLogger(MentorshipOpener.class);

    private final MentorshipStore store;
    private final Programs programs;
    private final Counter started;

    MentorshipOpener(MentorshipStore store, Programs programs, MeterRegistry meters) {
        this.store = store;
        this.programs = programs;
        this.started = Counter.builder("mentorat.mentorships.started")
                .description("Mentorships opened for accepted matches, group members included")
                .register(meters);
    }

    void open(MatchAccepted accepted, IncomingEvent event) {
        String tenantId = event.tenantId();
        Opening.requireComplete(tenantId, accepted);
        ProgramTerms terms = programs.terms(tenantId, accepted.programId())
                .orElseThrow(() -> new ProgramNotKnownYetException(tenantId, accepted.programId(), accepted.matchId()));
        Changed<Mentorship> opened = Opening.open(tenantId, accepted, terms);
        if (terms.closed()) {
            log.warn("tenant={} match={} eventId={}: program {} is closed, no mentorship opened", tenantId,
                    accepted.matchId(), event.id(), accepted.programId());
        } else if (store.insertOnce(opened)) {
            started.increment();
        } else if (terms.type() == ProgramType.GROUP) {
            join(opened.state().id(), accepted, event);
        } else {
            log.info("tenant={} mentorship={} eventId={}: match {} already open; redelivery skipped", tenantId,
                    opened.state().id(), event.id(), accepted.matchId());
        }
    }

    private void join(String groupId, MatchAccepted accepted, IncomingEvent event) {
        if (store.decideIfChanging(event.tenantId(), groupId, group -> Opening.join(group, accepted)).isPresent()) {
            started.increment();
        } else {
            log.info("tenant={} mentorship={} eventId={}: match {} not joined (already in, or the group has closed)",
                    event.tenantId(), groupId, event.id(), accepted.matchId());
        }
    }
}
