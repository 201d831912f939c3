package org.mentorat.invites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reads calendars back as a client would, and checks them with ical4j's RFC 5545 and iTIP validators. */
final class Ics {

    private Ics() {
    }

    /** Through text and back. */
    static Calendar parsed(Calendar calendar) {
        String text = Invites.text(calendar);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n", "PRODID:");
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("unreadable iCalendar:\n" + text, e);
        }
    }

    static void assertValid(Calendar calendar) {
        ValidationResult rfc5545 = calendar.validate();
        ValidationResult itip = new ITIPValidator().validate(calendar);
        assertThat(rfc5545.hasErrors()).as("RFC 5545: %s", rfc5545).isFalse();
        assertThat(itip.hasErrors()).as("iTIP: %s", itip).isFalse();
    }

    static void assertEveryTzidHasItsVTimeZone(Calendar calendar) {
        List<String> defined = calendar.getComponents(Component.VTIMEZONE).stream()
                .map(zone -> value(zone, Property.TZID)).toList();
        List<String> used = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .flatMap(event -> event.getProperties().stream())
                .flatMap(property -> property.getParameter(Parameter.TZID).stream())
                .map(Parameter::getValue).distinct().toList();
        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used);
    }

    static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    static String value(PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }
}
