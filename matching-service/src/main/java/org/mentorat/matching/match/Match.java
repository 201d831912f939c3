package org.mentorat.matching.match;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ForbiddenException;

/**
 * A proposed pairing. Both people accept (or an administrator accepts for them); the second
 * acceptance makes the match ACCEPTED and announces it.
 */
record Match(
        String id,
        String programId,
        String mentorId,
        String menteeId,
        double score,
        List<String> reasons,
        MatchStatus status,
        boolean mentorAccepted,
        boolean menteeAccepted,
        long version) {

    static Match proposed(String id, String programId, String mentorId, String menteeId, double score,
            List<String> reasons) {
        return new Match(id, programId, mentorId, menteeId, score, reasons, MatchStatus.PROPOSED, false, false, 0);
    }

    List<DomainEvent> proposalEvents(Instant at) {
        return List.of(new MatchProposed(id, programId, mentorId, menteeId, score, reasons, at));
    }

    boolean involves(String personId) {
        return mentorId.equals(personId) || menteeId.equals(personId);
    }

    Decision accept(Caller caller, Instant at) {
        if (status != MatchStatus.PROPOSED) {
            throw new ConflictException("match-not-open", "Match " + id + " is " + status + ", not PROPOSED.");
        }
        if (!caller.isAdmin() && !involves(caller.subject())) {
            throw new ForbiddenException("Only the mentor, the mentee or an administrator may accept this match.");
        }
        boolean mentorNow = mentorAccepted || caller.isAdmin() || mentorId.equals(caller.subject());
        boolean menteeNow = menteeAccepted || caller.isAdmin() || menteeId.equals(caller.subject());
        boolean both = mentorNow && menteeNow;
        Match next = new Match(id, programId, mentorId, menteeId, score, reasons,
                both ? MatchStatus.ACCEPTED : MatchStatus.PROPOSED, mentorNow, menteeNow, version);
        List<DomainEvent> events = both
                ? List.of(new MatchAccepted(id, programId, mentorId, menteeId, at))
                : List.of();
        return new Decision(next, events);
    }

    record Decision(Match match, List<DomainEvent> events) {
    }

    Document toDocument() {
        return new Document("programId", programId)
                .append("mentorId", mentorId)
                .append("menteeId", menteeId)
                .append("score", score)
                .append("reasons", reasons)
                .append("status", status.name())
                .append("mentorAccepted", mentorAccepted)
                .append("menteeAccepted", menteeAccepted);
    }

    static Match fromDocument(Document document) {
        return new Match(document.getString("_id"), document.getString("programId"), document.getString("mentorId"),
                document.getString("menteeId"), document.getDouble("score"),
                document.getList("reasons", String.class, List.of()), MatchStatus.valueOf(document.getString("status")),
                document.getBoolean("mentorAccepted", false), document.getBoolean("menteeAccepted", false),
                ((Number) document.get("version")).longValue());
    }
}
