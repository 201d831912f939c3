package org.mentorat.session.privacy;

import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.privacy.ErasureReceipts;
import org.mentorat.session.calendar.CalendarFeeds;
import org.mentorat.session.goal.Goals;
import org.mentorat.session.meeting.Meetings;
import org.mentorat.session.mentorship.Mentorships;
import org.mentorat.session.people.Contacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases what session-service holds about a person, then confirms with the kit's receipt.
 *
 * <p>What goes: the free text. The feedback comments and notes the person wrote, and the agenda,
 * topics and cancel reason of every session they took part in; the meeting feature decides and
 * stores that (see {@code Session.eraseWordsOf}); the words of the goals they set, and the
 * milestone titles and progress notes they wrote in others' goals (see {@code Goal.eraseWordsOf}).
 * Their contact details (name, e-mail, locale) and their calendar feed token go too, for good: a
 * replayed ContactDetailsChanged cannot bring the details back. What stays: mentorship, session
 * and goal ids, statuses, dates, measures, counts, program and the pseudonymous person ids, which
 * the program's figures need.
 *
 * <p>Ratings stay, still linked to their author's pseudonymous id. Once profile-service has
 * erased the person that id names nobody, so a 1..5 score attached to it is no longer personal
 * data; keeping the link keeps "one feedback per author" and {@code feedbackFrom} working, and
 * the rating counts and averages (including {@code mentorat_feedback_rating}) stay consistent
 * with the stored feedback.
 *
 * <p>In mentorships the person's agreement expectations, closing reflections and survey texts go
 * and the note they ended one with (see {@code Mentorship.withoutWordsOf}); confirmations, recommend
 * scores and survey counts stay, for the same reason as ratings.
 *
 * <p>Erasing first and confirming second makes a crash in between harmless: the redelivered
 * request skips the sessions already erased (each records the erasure id) and then confirms; the
 * kit gives at most one receipt per erasure id.
 */
@Component
class PersonErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonErasure.class);

    private final Meetings meetings;
    private final Mentorships mentorships;
    private final Goals goals;
    private final Contacts contacts;
    private final CalendarFeeds calendarFeeds;
    private final ErasureReceipts receipts;

    PersonErasure(Meetings meetings, Mentorships mentorships, Goals goals, Contacts contacts,
            CalendarFeeds calendarFeeds, ErasureReceipts receipts) {
        this.meetings = meetings;
        this.mentorships = mentorships;
        this.goals = goals;
        this.contacts = contacts;
        this.calendarFeeds = calendarFeeds;
        this.receipts = receipts;
    }

    /** Handles ProfileErasureRequested; an incomplete request is rejected (and dead-lettered). */
    void erase(ProfileErasureRequested requested, IncomingEvent event) {
        requireText(requested.erasureId(), "erasureId");
        requireText(requested.personId(), "personId");
        int erased = meetings.eraseWordsOf(event.tenantId(), requested.personId(), requested.erasureId());
        int mentorshipsErased = mentorships.eraseWordsOf(event.tenantId(), requested.personId());
        int goalsErased = goals.eraseWordsOf(event.tenantId(), requested.personId(), requested.erasureId());
        contacts.forget(event.tenantId(), requested.personId());
        calendarFeeds.revoke(event.tenantId(), requested.personId());
        boolean confirmed = receipts.confirm(event.tenantId(), requested.erasureId(), requested.personId());
        log.info("erasure {} tenant={} aggregate={} eventId={}: {} session(s), {} mentorship(s), {} goal(s) erased, receipt {}",
                requested.erasureId(), event.tenantId(), requested.personId(), event.id(), erased, mentorshipsErased,
                goalsErased,
                confirmed ? "sent" : "already given");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ProfileErasureRequested lacks " + name);
        }
    }
}
