package org.mentorat.session.meeting;

import java.util.List;

/** What the participant who completes a session reports: all optional, the planned length by default. */
record Completion(Integer actualMinutes, List<String> topics, String note, NoteVisibility noteVisibility) {

    Completion {
        topics = topics == null ? List.of() : topics.stream().filter(t -> t != null && !t.isBlank())
                .map(String::strip).toList();
        note = note == null || note.isBlank() ? null : note.strip();
        noteVisibility = noteVisibility == null ? NoteVisibility.PRIVATE : noteVisibility;
    }

    static final Completion NOTHING = new Completion(null, null, null, null);
}
