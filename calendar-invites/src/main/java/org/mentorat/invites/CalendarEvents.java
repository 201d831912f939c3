package org.mentorat.invites;

import java.net.URI;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * One session as a VEVENT. DTSTAMP is the time of the last revision, not the time of writing, so
 * that the same session written twice (a download, an e-mail) is the same text.
 */
final class CalendarEvents {

    private CalendarEvents() {
    }

    /** The event as a feed shows it: everything but the attendees. */
    static VEvent event(SessionInvite session) {
        VEvent event = new VEvent(false);
        event.add(new Uid(session.uid()));
        event.add(new Sequence(session.sequence()));
        event.add(new DtStamp(session.revisedAt()));
        event.add(new Created(session.createdAt()));
        event.add(new LastModified(session.revisedAt()));
        event.add(new DtStart<>(session.start()));
        event.add(new DtEnd<>(session.end()));
        event.add(new Summary(session.summary()));
        event.add(session.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (session.location() != null) {
            event.add(new Location(session.location()));
            if (session.format() == MeetingFormat.VIDEO) {
                event.add(new Url(URI.create(session.location())));
            }
        }
        if (session.agenda() != null) {
            event.add(new Description(session.agenda()));
        }
        if (session.organiser() != null) {
            event.add(named(new Organizer(session.organiser().mailto()), session.organiser()));
        }
        return event;
    }

    /** The event as an invite sends it: the organiser chairs and has accepted; everyone else is asked to answer. */
    static VEvent withAttendees(SessionInvite session) {
        VEvent event = event(session);
        event.add(attendee(session.organiser(), true));
        session.attendees().stream().filter(person -> !person.isSameAddressAs(session.organiser()))
                .forEach(person -> event.add(attendee(person, false)));
        return event;
    }

    private static Attendee attendee(Participant person, boolean organiser) {
        return named(new Attendee(person.mailto()), person)
                .add(CuType.INDIVIDUAL)
                .add(organiser ? Role.CHAIR : Role.REQ_PARTICIPANT)
                .add(organiser ? PartStat.ACCEPTED : PartStat.NEEDS_ACTION)
                .add(organiser ? Rsvp.FALSE : Rsvp.TRUE);
    }

    private static <P extends net.fortuna.ical4j.model.Property> P named(P property, Participant person) {
        if (!person.name().isEmpty()) {
            property.add(new Cn(person.name()));
        }
        return property;
    }
}
