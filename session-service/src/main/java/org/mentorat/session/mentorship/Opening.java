package org.mentorat.session.mentorship;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.platform.store.Changed;
import org.mentorat.session.program.ProgramTerms;
import org.mentorat.session.program.ProgramType;

/**
 * How an accepted match becomes a mentorship: its own in most programs, the mentor's one group in
 * a GROUP program. The id derives from the cause (the match, or tenant + program + mentor for a
 * group), so a redelivered acceptance finds the mentorship it already opened or joined.
 */
final class Opening {

    private Opening() {
    }

    static String idFor(String tenantId, MatchAccepted accepted, ProgramType type) {
        String cause = type == ProgramType.GROUP
                ? "group:" + accepted.programId() + ":" + accepted.mentorId()
                : accepted.matchId();
        return UUID.nameUUIDFromBytes(("mentorship:" + tenantId + ":" + cause).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Opens the mentorship an accepted match calls for; an incomplete event can never be applied. */
    static Changed<Mentorship> open(String tenantId, MatchAccepted accepted, ProgramTerms terms) {
        requireComplete(tenantId, accepted);
        LocalDate plannedEnd = LocalDate.ofInstant(accepted.acceptedAt(), ZoneOffset.UTC)
                .plusWeeks(terms.relationshipWeeks());
        Mentorship mentorship = new Mentorship(idFor(tenantId, accepted, terms.type()), tenantId, accepted.matchId(),
                accepted.programId(), terms.type(), accepted.mentorId(), List.of(accepted.menteeId()),
                List.of(accepted.matchId()), MentorshipStatus.ACTIVE, accepted.acceptedAt(), plannedEnd, null, null,
                null, null, 0);
        return Changed.of(mentorship, started(mentorship, accepted));
    }

    /**
     * Adds the accepted match's mentee to the mentor's group. A match it already holds changes
     * nothing (no events), and neither does a group that has completed or ended: it takes nobody in.
     */
    static Changed<Mentorship> join(Mentorship group, MatchAccepted accepted) {
        requireComplete(group.tenantId(), accepted);
        if (group.matchIds().contains(accepted.matchId()) || !group.isOpen()) {
            return Changed.of(group);
        }
        Mentorship joined = new Mentorship(group.id(), group.tenantId(), group.matchId(), group.programId(),
                group.programType(), group.mentorId(), append(group.menteeIds(), accepted.menteeId()),
                append(group.matchIds(), accepted.matchId()), group.status(), group.startedAt(), group.plannedEnd(),
                group.pause(), group.closure(), group.agreement(), group.surveys(), group.version());
        return Changed.of(joined, started(joined, accepted));
    }

    private static MentorshipStarted started(Mentorship mentorship, MatchAccepted accepted) {
        return new MentorshipStarted(mentorship.id(), accepted.matchId(), mentorship.programId(),
                mentorship.mentorId(), accepted.menteeId(), accepted.acceptedAt(), mentorship.programType().name(),
                mentorship.plannedEnd().toString());
    }

    private static List<String> append(List<String> list, String value) {
        return list.contains(value) ? list : Stream.concat(list.stream(), Stream.of(value)).toList();
    }

    /** An acceptance missing its ids can never be applied: rejected at once (dead-lettered, not retried). */
    static void requireComplete(String tenantId, MatchAccepted accepted) {
        requireText(tenantId, "tenant");
        requireText(accepted.matchId(), "matchId");
        requireText(accepted.programId(), "programId");
        requireText(accepted.mentorId(), "mentorId");
        requireText(accepted.menteeId(), "menteeId");
        if (accepted.acceptedAt() == null) {
            throw new IllegalArgumentException("MatchAccepted lacks acceptedAt");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("MatchAccepted lacks " + name);
        }
    }
}
