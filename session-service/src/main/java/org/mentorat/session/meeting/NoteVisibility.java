package org.mentorat.session.meeting;

/** A private note is read by its author only; a shared one by the session's participants. */
public enum NoteVisibility {
    PRIVATE, SHARED
}
