package org.mentorat.events.profile;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A person's matching-relevant attributes are new or changed; carries their current values.
 * Published when a person is created or comes back (rehire, reactivation), and when one of those
 * attributes changed (a new phone number is nobody's business). Subject: the person id.
 *
 * @param changedFields names of the attributes that changed, e.g. {@code department}; on creation
 *     or return, every matching-relevant attribute that has a value
 * @param skills canonical skill names (the tenant's taxonomy applied)
 * @param employeeNumber the person's own employee number, so that consumers can link
 *     {@code managerEmployeeNumber} into reporting lines; absent (null) in events published before
 *     it was added
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
        Instant updatedAt,
        String employeeNumber) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.profile-updated.v1";
}
