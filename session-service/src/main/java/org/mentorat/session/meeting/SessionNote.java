package org.mentorat.session.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.mentorat.platform.security.Caller;

/** A participant's note on a session that took place. */
public record SessionNote(String authorId, @Schema(maxLength = 5000) String text, NoteVisibility visibility, Instant writtenAt) {

    /** Administrators are not "the pair": they read no note, shared or private. */
    boolean readableBy(Caller caller, Session session) {
        return authorId.equals(caller.subject())
                || visibility == NoteVisibility.SHARED && session.hasParticipant(caller.subject());
    }

    SessionNote withoutText() {
        return new SessionNote(authorId, null, visibility, writtenAt);
    }
}
