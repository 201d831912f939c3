package org.mentorat.notification.trigger;

import org.mentorat.events.session.SessionCompleted;
import org.mentorat.notification.inbox.Inbox;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/** A session took place: both participants are asked how it went. */
@Component
class FeedbackRequests {

    private final Inbox inbox;

    FeedbackRequests(Inbox inbox) {
        this.inbox = inbox;
    }

    void on(SessionCompleted completed, IncomingEvent event) {
        new PairNotice(event.tenantId(), NotificationKind.FEEDBACK_REQUEST, completed.sessionId(),
                completed.mentorId(), completed.menteeId(),
                PairNotice.detailsOf("sessionId", completed.sessionId(), "mentorshipId", completed.mentorshipId(),
                        "programId", completed.programId()))
                .deliverTo(inbox);
    }
}
