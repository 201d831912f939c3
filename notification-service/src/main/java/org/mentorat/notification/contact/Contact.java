package org.mentorat.notification.contact;

import java.time.ZoneId;
import java.util.Locale;

/**
 * How to address one person: their name, email, the language messages are written to them in and
 * the zone their times are shown in. Fed by profile events only.
 *
 * @param email null when profile never gave one (e.g. only a deactivation was heard of)
 * @param locale one of the languages messages are written in ({@code fr}, {@code en}, {@code ar}):
 *     theirs, or the tenant's default when they have none or one nobody writes in
 * @param timeZone theirs, or UTC when they have none or an unknown one
 * @param active false once the person left or was deactivated: nothing more is sent to them
 */
public record Contact(String tenantId, String personId, String givenName, String familyName, String email,
        Locale locale, ZoneId timeZone, boolean active) {

    /** Given name then family name, as the person wrote them; empty when neither is known. */
    public String displayName() {
        return (nullToEmpty(givenName) + " " + nullToEmpty(familyName)).strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
