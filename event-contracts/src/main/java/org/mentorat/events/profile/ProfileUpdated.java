package org.mentorat.events.profile;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A person's matching-relevant attributes changed; carries their new values. Only published
 * when one of them changed (a new phone number is nobody's business). Subject: the person id.
 *
 * @param changedFields names of the attributes that changed, e.g. {@code department}
 * @param skills canonical skill names (the tenant's taxonomy applied)
 */
@EventType(ProfileUpdated.TYPE)
public record ProfileUpdated(
        String personId,
        List<String> changedFields,
        String department,
        List<String> languages,
        List<String> skills,
        Integer seniorityLevel,
        String managerEmployeeNumber,
        String location,
        boolean remoteOk,
        String timeZone,
        Instant updatedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.profile-updated.v1";
}
