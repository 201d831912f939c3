package org.mentorat.session.meeting;

/** How the participants meet; an in-person session needs a place, a video one may carry its link. */
public enum SessionFormat {
    IN_PERSON, VIDEO, PHONE, CHAT
}
