package org.mentorat.session.mentorship;

/**
 * How people meet: the format a pair prefers in their agreement, and a session's. An in-person
 * session needs a place; a video one may carry its link.
 */
public enum MeetingFormat {
    IN_PERSON, VIDEO, PHONE, CHAT
}
