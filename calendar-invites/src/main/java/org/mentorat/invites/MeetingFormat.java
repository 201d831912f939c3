package org.mentorat.invites;

/** How the participants meet; a VIDEO session's location is its link, which invites also give as URL. */
public enum MeetingFormat {
    IN_PERSON, VIDEO, PHONE, CHAT
}
