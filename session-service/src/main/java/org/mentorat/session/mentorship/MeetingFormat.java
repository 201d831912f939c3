package org.mentorat.session.mentorship;

/** How a pair prefers to meet, as they set it in their agreement. */
public enum MeetingFormat {
    IN_PERSON, VIDEO, PHONE, CHAT
}
