package org.mentorat.notification.trigger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import org.mentorat.invites.InviteTexts;
import org.mentorat.invites.Invites;
import org.mentorat.invites.MeetingFormat;
import org.mentorat.invites.Participant;
import org.mentorat.invites.SessionInvite;
import org.mentorat.notification.contact.Contact;
import org.mentorat.notification.contact.Contacts;
import org.mentorat.notification.dispatch.Attachment;
import org.springframework.stereotype.Component;

/**
 * The session's invite as an email attachment: the same VEVENT session-service serves at
 * {@code /sessions/{id}/invite.ics} (same UID, SEQUENCE and DTSTAMP, built by the same library),
 * so a calendar updates the one event. Only its summary is in the reader's language.
 */
@Component
class InviteFiles {

    private final Contacts contacts;

    InviteFiles(Contacts contacts) {
        this.contacts = contacts;
    }

    /** Nothing when the mentor, who organises every session, cannot be addressed: iTIP wants an organiser. */
    List<Attachment> inviteFor(String tenantId, SessionPlan plan, Locale readerLocale) {
        Optional<Participant> organiser = participant(tenantId, plan.mentorId());
        if (organiser.isEmpty()) {
            return List.of();
        }
        List<Participant> attendees = plan.participantIds().stream().map(id -> participant(tenantId, id))
                .flatMap(Optional::stream).toList();
        List<String> names = plan.participantIds().stream().map(id -> contacts.of(tenantId, id))
                .flatMap(Optional::stream).map(Contact::displayName).toList();
        SessionInvite invite = new SessionInvite(plan.sessionId(), plan.sequence(), plan.cancelled(), plan.startsAt(),
                plan.zone(), plan.durationMinutes(), formatOf(plan.format()), plan.location(), plan.agenda(),
                InviteTexts.in(readerLocale).summary(names), plan.createdAt(), plan.revisedAt(), organiser.get(),
                attendees);
        Calendar calendar = Invites.invite(invite);
        return List.of(new Attachment(plan.cancelled() ? "cancel.ics" : "invite.ics", Invites.contentType(calendar),
                Invites.text(calendar).getBytes(StandardCharsets.UTF_8)));
    }

    private Optional<Participant> participant(String tenantId, String personId) {
        return contacts.of(tenantId, personId)
                .filter(contact -> contact.email() != null)
                .map(contact -> new Participant(contact.displayName(), contact.email()));
    }

    private static MeetingFormat formatOf(String format) {
        if (format == null) {
            return null;
        }
        for (MeetingFormat known : MeetingFormat.values()) {
            if (Objects.equals(known.name(), format)) {
                return known;
            }
        }
        return null;
    }
}
