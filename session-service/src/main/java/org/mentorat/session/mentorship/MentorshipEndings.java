package org.mentorat.session.mentorship;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.store.Changed;
import org.mentorat.session.program.ProgramType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends or completes mentorships when other facts say so: a match ended, a person was deactivated,
 * a program closed, a FLASH program's session was held. Each decision first checks that it still
 * applies (open, the person still in it), so a redelivered or replayed event writes nothing.
 * Times come from the event, so a late delivery records when it really happened.
 */
@Component
class MentorshipEndings {

    private static final Logger log = LoggerFactory.getLogger(MentorshipEndings.class);

    private final MentorshipStore store;
    private final Clock clock;

    MentorshipEndings(MentorshipStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The match's mentee leaves with the match's reason; a match that never opened a mentorship changes nothing. */
    void matchEnded(MatchEnded ended, IncomingEvent event) {
        require(ended.matchId(), "MatchEnded lacks matchId");
        require(ended.menteeId(), "MatchEnded lacks menteeId");
        require(ended.reason(), "MatchEnded lacks reason");
        store.holdingMatch(event.tenantId(), ended.matchId()).ifPresentOrElse(
                mentorship -> apply(event, mentorship, current -> leaving(current, ended.menteeId(), ended.reason(),
                        at(ended.endedAt()))),
                () -> log.info("tenant={} match={} eventId={}: no mentorship holds this match; nothing to end",
                        event.tenantId(), ended.matchId(), event.id()));
    }

    void deactivated(ProfileDeactivated deactivated, IncomingEvent event) {
        require(deactivated.personId(), "ProfileDeactivated lacks personId");
        for (Mentorship mentorship : store.openOfPerson(event.tenantId(), deactivated.personId())) {
            apply(event, mentorship, current -> leaving(current, deactivated.personId(), "PARTICIPANT_DEACTIVATED",
                    at(deactivated.deactivatedAt())));
        }
    }

    void programClosed(ProgramClosed closed, IncomingEvent event) {
        require(closed.programId(), "ProgramClosed lacks programId");
        for (Mentorship mentorship : store.openInProgram(event.tenantId(), closed.programId())) {
            apply(event, mentorship, current -> current.isOpen()
                    ? current.complete("PROGRAM_CLOSED", at(closed.closedAt())) : Changed.of(current));
        }
    }

    /** A FLASH mentorship is its one session: once held, it is complete. Other types go on. */
    void sessionHeld(SessionCompleted completed, IncomingEvent event) {
        require(completed.mentorshipId(), "SessionCompleted lacks mentorshipId");
        store.find(event.tenantId(), completed.mentorshipId())
                .filter(mentorship -> mentorship.programType() == ProgramType.FLASH && mentorship.isOpen())
                .ifPresent(flash -> apply(event, flash, current -> current.isOpen()
                        ? current.complete("FLASH_SESSION_HELD", at(completed.completedAt())) : Changed.of(current)));
    }

    private static Changed<Mentorship> leaving(Mentorship current, String personId, String reason, Instant at) {
        return current.isOpen() && current.hasParticipant(personId)
                ? current.leave(personId, reason, null, null, at) : Changed.of(current);
    }

    private void apply(IncomingEvent event, Mentorship mentorship,
            Function<Mentorship, Changed<Mentorship>> decision) {
        store.decideIfChanging(event.tenantId(), mentorship.id(), decision).ifPresentOrElse(
                changed -> log.info("tenant={} mentorship={} eventId={}: now {} with {} mentee(s)", event.tenantId(),
                        changed.id(), event.id(), changed.status(), changed.menteeIds().size()),
                () -> log.info("tenant={} mentorship={} eventId={}: already applied, nothing changed",
                        event.tenantId(), mentorship.id(), event.id()));
    }

    private Instant at(Instant happened) {
        return happened != null ? happened : clock.instant();
    }

    private static void require(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }
}
