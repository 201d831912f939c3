package org.mentorat.session.mentorship;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;

/** A mentor and a mentee working together in a program, opened by an accepted match. */
public record Mentorship(
        String id,
        String tenantId,
        String matchId,
        String programId,
        String mentorId,
        List<String> menteeIds,
        MentorshipStatus status,
        Instant startedAt,
        long version) implements Aggregate {

    /**
     * The same match in the same tenant always yields the same id, so a redelivered
     * MatchAccepted collides on {@code _id} instead of opening a second mentorship.
     */
    static String idFor(String tenantId, String matchId) {
        return UUID.nameUUIDFromBytes(("mentorship:" + tenantId + ":" + matchId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Opens the mentorship an accepted match calls for; an incomplete event can never be applied. */
    static Changed<Mentorship> open(String tenantId, MatchAccepted accepted) {
        requireText(tenantId, "tenant");
        requireText(accepted.matchId(), "matchId");
        requireText(accepted.programId(), "programId");
        requireText(accepted.mentorId(), "mentorId");
        requireText(accepted.menteeId(), "menteeId");
        if (accepted.acceptedAt() == null) {
            throw new IllegalArgumentException("MatchAccepted lacks acceptedAt");
        }
        Mentorship mentorship = new Mentorship(idFor(tenantId, accepted.matchId()), tenantId, accepted.matchId(),
                accepted.programId(), accepted.mentorId(), List.of(accepted.menteeId()), MentorshipStatus.ACTIVE,
                accepted.acceptedAt(), 0);
        return Changed.of(mentorship, new MentorshipStarted(mentorship.id(), mentorship.matchId(),
                mentorship.programId(), mentorship.mentorId(), accepted.menteeId(), mentorship.startedAt(), null, null));
    }

    public Mentorship {
        menteeIds = menteeIds == null ? List.of() : List.copyOf(menteeIds);
    }

    /** The mentor first, then the mentees: everyone a session of this mentorship invites. */
    public List<String> participants() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(mentorId), menteeIds.stream()).toList();
    }

    public boolean hasParticipant(String personId) {
        return mentorId.equals(personId) || menteeIds.contains(personId);
    }

    /** Its two participants see it, and so do the tenant's program administrators. */
    public boolean isVisibleTo(Caller caller) {
        return caller.isAdmin() || hasParticipant(caller.subject());
    }

    public boolean isActive() {
        return status == MentorshipStatus.ACTIVE;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("MatchAccepted lacks " + name);
        }
    }
}
