package org.mentorat.session.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * What a held session left: how long it really took, the topics covered, the participants' notes,
 * and, for a no-show, who did not come.
 */
public record SessionOutcome(Integer actualMinutes, List<String> topics, List<SessionNote> notes,
        List<String> absentIds) {

    static final SessionOutcome NONE = new SessionOutcome(null, List.of(), List.of(), List.of());

    public SessionOutcome {
        topics = topics == null ? List.of() : List.copyOf(topics);
        notes = notes == null ? List.of() : List.copyOf(notes);
        absentIds = absentIds == null ? List.of() : List.copyOf(absentIds);
    }

    /** The notes this caller may read in this session. */
    List<SessionNote> readableBy(org.mentorat.platform.security.Caller caller, Session session) {
        return notes.stream().filter(note -> note.readableBy(caller, session)).toList();
    }

    SessionOutcome withNote(SessionNote note) {
        List<SessionNote> more = new ArrayList<>(notes);
        more.add(note);
        return new SessionOutcome(actualMinutes, topics, more, absentIds);
    }

    /** Topics may hold either participant's words, like the agenda; notes only their author's. */
    SessionOutcome withoutWordsOf(String personId, List<String> cleared) {
        if (!topics.isEmpty()) {
            cleared.add("topics");
        }
        List<SessionNote> kept = new ArrayList<>();
        for (SessionNote note : notes) {
            boolean theirs = note.authorId().equals(personId) && note.text() != null;
            if (theirs && !cleared.contains("notes")) {
                cleared.add("notes");
            }
            kept.add(theirs ? note.withoutText() : note);
        }
        return new SessionOutcome(actualMinutes, List.of(), kept, absentIds);
    }
}
