package org.mentorat.notification.trigger;

import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.notification.inbox.Inbox;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/** A mentorship opened: both people learn whom they will work with. */
@Component
class MentorshipWelcomes {

    private final Inbox inbox;

    MentorshipWelcomes(Inbox inbox) {
        this.inbox = inbox;
    }

    void on(MentorshipStarted started, IncomingEvent event) {
        new PairNotice(event.tenantId(), NotificationKind.MENTORSHIP_STARTED, started.mentorshipId(),
                started.mentorId(), started.menteeId(),
                PairNotice.detailsOf("mentorshipId", started.mentorshipId(), "programId", started.programId()))
                .deliverTo(inbox);
    }
}
