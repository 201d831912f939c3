package org.mentorat.events.profile;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * How to address a person changed, or a person was created: what other services need to write to
 * them and put them in invites. Personal data: consumers drop it on ProfileErasureRequested.
 * Subject: the person id.
 *
 * @param locale the language they read: {@code fr}, {@code en} or {@code ar}
 * @param timeZone their IANA time zone
 */
@EventType(ContactDetailsChanged.TYPE)
public record ContactDetailsChanged(
        String personId,
        String givenName,
        String familyName,
        String email,
        String locale,
        String timeZone,
        Instant changedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.contact-details-changed.v1";
}
