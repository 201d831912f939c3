package org.mentorat.session.privacy;

import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.privacy.ErasureReceipts;
import org.mentorat.session.calendar.CalendarFeeds;
import org.mentorat.session.meeting.Meetings;
import org.mentorat.session.people.Contacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases what session-service holds about a person, then confirms with the kit's receipt.
 *
 * <p>What goes: the free text. The feedback comments and notes the person wrote, and the agenda,
 * topics and cancel reason of every session they took part in; the meeting feature decides and
 * stores that (see {@code Session.eraseWordsOf}). Their contact details (name, e-mail, locale)
 * and their calendar feed token go too, for good: a replayed ContactDetailsChanged cannot bring
 * the details back. What stays: mentorship and session ids, status, dates, program
 * and the pseudonymous person ids, which the program's figures need. Mentorships hold no free
 * text and are left as they are.
 *
 * <p>Ratings stay, still linked to their author's pseudonymous id. Once profile-service has
 * erased the person that id names nobody, so a 1..5 score attached to it is no longer personal
 * data; keeping the link keeps "one feedback per author" and {@code feedbackFrom} working, and
 * the rating counts and averages (including {@code mentorat_feedback_rating}) stay consistent
 * with the stored feedback.
 *
 * <p>Erasing first and confirming second makes a crash in between harmless: the redelivered
 * request skips the sessions already erased (each records the erasure id) and then confirms; the
 * kit gives at most one receipt per erasure id.
 */
@Component
class PersonErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonErasure.class);

    private final Meetings meetings;
    private final Contacts contacts;
    private final CalendarFeeds calendarFeeds;
    private final ErasureReceipts receipts;

    PersonErasure(Meetings meetings, Contacts contacts, CalendarFeeds calendarFeeds, ErasureReceipts receipts) {
        this.meetings = meetings;
        this.contacts = contacts;
        this.calendarFeeds = calendarFeeds;
        this.receipts = receipts;
    }

    /** Handles ProfileErasureRequested; an incomplete request is rejected (and dead-lettered). */
    void erase(ProfileErasureRequested requested, IncomingEvent event) {
        requireText(requested.erasureId(), "erasureId");
        requireText(requested.personId(), "personId");
        int erased = meetings.eraseWordsOf(event.tenantId(), requested.personId(), requested.erasureId());
        contacts.forget(event.tenantId(), requested.personId());
        calendarFeeds.revoke(event.tenantId(), requested.personId());
        boolean confirmed = receipts.confirm(event.tenantId(), requested.erasureId(), requested.personId());
        log.info("erasure {} tenant={} aggregate={} eventId={}: {} session(s) erased, receipt {}",
                requested.erasureId(), event.tenantId(), requested.personId(), event.id(), erased,
                confirmed ? "sent" : "already given");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ProfileErasureRequested lacks " + name);
        }
    }
}
