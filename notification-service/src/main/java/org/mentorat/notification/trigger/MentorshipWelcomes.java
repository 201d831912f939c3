package org.mentorat.notification.trigger;

import java.util.Map;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/**
 * A mentorship began: both people are introduced, asked to confirm their agreement and to plan a
 * first session. In a group, each mentee who joins is introduced to the mentor on their own.
 */
@Component
class MentorshipWelcomes {

    private final Notifier notifier;
    private final TriggerProperties links;

    MentorshipWelcomes(Notifier notifier, TriggerProperties links) {
        this.notifier = notifier;
        this.links = links;
    }

    void on(MentorshipStarted started, IncomingEvent event) {
        Occasion occasion = Occasion.now(event.tenantId(), NotificationKind.MENTORSHIP_STARTED,
                started.mentorshipId(), started.programId(),
                Map.of("mentorshipId", started.mentorshipId(), "programId", started.programId()))
                .occurrence(started.menteeId() == null ? "" : started.menteeId());
        notifier.notify(occasion,
                Recipient.ofPairing(started.mentorId(), Sessions.menteesOf(null, started.menteeId())),
                (recipient, letterhead) -> letterhead
                        .actionUrl(links.link("mentorships", started.mentorshipId(), "agreement"))
                        .secondaryUrl(links.link("mentorships", started.mentorshipId(), "sessions", "new"))
                        .build());
    }
}
