package org.mentorat.events.profile;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** A person left (an HR leaver) or was deactivated by an administrator. Subject: the person id. */
@EventType(ProfileDeactivated.TYPE)
public record ProfileDeactivated(
        String personId,
        String employeeNumber,
        String reason,
        Instant deactivatedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.profile-deactivated.v1";
}
