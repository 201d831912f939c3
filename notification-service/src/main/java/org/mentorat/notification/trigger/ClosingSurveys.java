package org.mentorat.notification.trigger;

import java.util.Map;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/** A mentorship reached its end: each side is thanked and asked for the closing survey. */
@Component
class ClosingSurveys {

    private final Notifier notifier;
    private final TriggerProperties links;

    ClosingSurveys(Notifier notifier, TriggerProperties links) {
        this.notifier = notifier;
        this.links = links;
    }

    void on(MentorshipCompleted completed, IncomingEvent event) {
        Occasion.requireText(completed.mentorId(), "mentorId");
        Occasion occasion = Occasion.now(event.tenantId(), NotificationKind.CLOSING_SURVEY, completed.mentorshipId(),
                completed.programId(),
                Map.of("mentorshipId", completed.mentorshipId(), "programId", completed.programId()));
        notifier.notify(occasion,
                Recipient.ofPairing(completed.mentorId(), Sessions.menteesOf(completed.menteeIds(), null)),
                (recipient, letterhead) -> letterhead
                        .actionUrl(links.link("mentorships", completed.mentorshipId(), "survey"))
                        .build());
    }
}
