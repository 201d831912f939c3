package org.mentorat.session.calendar;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mentorat.invites.InviteTexts;
import org.mentorat.invites.MeetingFormat;
import org.mentorat.invites.Participant;
import org.mentorat.invites.SessionInvite;
import org.mentorat.session.meeting.Session;
import org.mentorat.session.meeting.SessionPlan;
import org.mentorat.session.meeting.SessionStatus;
import org.mentorat.session.people.Contact;

/**
 * A session as calendar-invites' plain values. notification-service builds the same values from
 * the session events, so both write the same event: keep the two in step (SessionInvitesTest
 * builds one from the events alone and compares).
 */
final class SessionInvites {

    private SessionInvites() {
    }

    /**
     * The organiser is always the mentor, whoever scheduled it, as iTIP wants one organiser per
     * event; participants whose contact details are unknown are left out.
     */
    static SessionInvite of(Session session, Map<String, Contact> contacts, InviteTexts texts) {
        SessionPlan plan = session.plan();
        List<String> names = session.participants().stream().map(contacts::get).filter(Objects::nonNull)
                .map(Contact::displayName).toList();
        List<Participant> mentees = session.menteeIds().stream().map(contacts::get).filter(Objects::nonNull)
                .map(SessionInvites::participant).toList();
        Contact mentor = contacts.get(session.mentorId());
        return new SessionInvite(session.id(), session.sequence(), session.status() == SessionStatus.CANCELLED,
                plan.startsAt(), ZoneId.of(plan.timeZone()), plan.durationMinutes(),
                MeetingFormat.valueOf(plan.format().name()), plan.location(), plan.agenda(), texts.summary(names),
                session.scheduledAt(), session.revisedAt(), mentor == null ? null : participant(mentor), mentees);
    }

    /** The words of the reader's language (their contact's), English when unknown. */
    static InviteTexts textsIn(String languageTag) {
        return InviteTexts.in(languageTag == null ? null : Locale.forLanguageTag(languageTag));
    }

    private static Participant participant(Contact contact) {
        return new Participant(contact.displayName(), contact.email());
    }
}
