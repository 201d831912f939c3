package org.mentorat.session.people;

/** How to address a person in an invite: name, e-mail, the language they read (fr, en, ar) and their time zone. */
public record Contact(String personId, String givenName, String familyName, String email, String locale,
        String timeZone) {

    /** Given name then family name, as the person wrote them. */
    public String displayName() {
        return (nullToEmpty(givenName) + " " + nullToEmpty(familyName)).strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
