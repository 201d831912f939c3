package org.mentorat.events.profile;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A person who was deactivated (an HR leaver, a SCIM delete or {@code active: false}) is active
 * again: a rehire, or a deactivation undone. The counterpart of {@link ProfileDeactivated}, for
 * the read models that stopped addressing the person; their attributes follow in ProfileUpdated
 * and ContactDetailsChanged of the same change. Subject: the person id.
 *
 * @param employeeNumber absent (null) for a person keyed by their external id or user name
 */
@EventType(ProfileReactivated.TYPE)
public record ProfileReactivated(
        String personId,
        String employeeNumber,
        Instant reactivatedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.profile-reactivated.v1";
}
