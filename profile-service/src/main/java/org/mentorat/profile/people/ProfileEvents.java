package org.mentorat.profile.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileReactivated;
import org.mentorat.events.profile.ProfileUpdated;

/**
 * What other services must hear about a person. Matching keeps its own copy of everyone, managers
 * who never enrol included, to know reporting lines: so a person who appears (creation) or comes
 * back (rehire, reactivation) is announced with all their matching-relevant attributes, and after
 * that only a change to one of them is. How to address them (ContactDetailsChanged) goes out when
 * they appear or come back and when their name, email, language or time zone change. A return
 * (rehire after a SCIM delete, {@code active} true again) also says ProfileReactivated, which the
 * read models that stopped writing to a leaver wait for.
 */
final class ProfileEvents {

    private final Clock clock;

    ProfileEvents(Clock clock) {
        this.clock = clock;
    }

    /** A person is new here, or back after SCIM removed them. */
    List<DomainEvent> arrived(String personId, PersonDraft profile, CanonicalNames names) {
        return List.of(updated(personId, PersonChanges.present(profile), profile, names),
                contactDetails(personId, profile));
    }

    /** A person SCIM removed is registered again (a rehire): deactivated till now, whatever they held. */
    List<DomainEvent> returned(Person removed, PersonDraft profile, CanonicalNames names) {
        List<DomainEvent> events = new ArrayList<>(arrived(removed.id(), profile, names));
        if (Boolean.TRUE.equals(profile.active())) {
            events.add(reactivated(removed.id(), profile));
        }
        return events;
    }

    List<DomainEvent> changed(Person current, PersonDraft next, DeactivationReason reason, CanonicalNames names) {
        List<DomainEvent> events = new ArrayList<>();
        boolean reactivated = !current.isActive() && Boolean.TRUE.equals(next.active());
        List<String> changed = reactivated ? PersonChanges.present(next)
                : PersonChanges.matchingRelevant(current.profile(), next);
        if (!changed.isEmpty()) {
            events.add(updated(current.id(), changed, next, names));
        }
        if (reactivated || !PersonChanges.contactDetails(current.profile().withDefaults(), next.withDefaults())
                .isEmpty()) {
            events.add(contactDetails(current.id(), next));
        }
        if (reactivated) {
            events.add(reactivated(current.id(), next));
        }
        if (current.isActive() && !Boolean.TRUE.equals(next.active())) {
            events.add(new ProfileDeactivated(current.id(), next.employeeNumber(), reason.name(), clock.instant()));
        }
        return events;
    }

    private ProfileReactivated reactivated(String personId, PersonDraft profile) {
        return new ProfileReactivated(personId, profile.employeeNumber(), clock.instant());
    }

    private ProfileUpdated updated(String personId, List<String> changed, PersonDraft next, CanonicalNames names) {
        return new ProfileUpdated(personId, changed, next.department(), next.languages(),
                names.of(next.skills().stream().map(Skill::name).toList()),
                next.seniorityLevel(), next.managerEmployeeNumber(), next.location(),
                Boolean.TRUE.equals(next.remoteOk()), next.timeZone(), clock.instant(), next.employeeNumber());
    }

    /** Without a language or time zone of their own, a person reads English in UTC (the profile's defaults). */
    private ContactDetailsChanged contactDetails(String personId, PersonDraft profile) {
        PersonDraft p = profile.withDefaults();
        return new ContactDetailsChanged(personId, p.givenName(), p.familyName(), p.email(), p.locale(), p.timeZone(),
                clock.instant());
    }
}
