package org.mentorat.notification.trigger;

import java.util.Map;
import org.mentorat.events.session.MentorshipStalled;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/** A mentorship went quiet: both sides get a friendly nudge with ideas to meet again. Once per stall. */
@Component
class StallNudges {

    private final Notifier notifier;
    private final TriggerProperties links;

    StallNudges(Notifier notifier, TriggerProperties links) {
        this.notifier = notifier;
        this.links = links;
    }

    void on(MentorshipStalled stalled, IncomingEvent event) {
        Occasion.requireText(stalled.mentorId(), "mentorId");
        // each stall is its own event: a later stall of the same mentorship nudges again
        Occasion occasion = Occasion.now(event.tenantId(), NotificationKind.MENTORSHIP_STALLED, stalled.mentorshipId(),
                stalled.programId(), Map.of("mentorshipId", stalled.mentorshipId(), "programId", stalled.programId()))
                .occurrence(event.id());
        notifier.notify(occasion, Recipient.ofPairing(stalled.mentorId(), Sessions.menteesOf(stalled.menteeIds(), null)),
                (recipient, letterhead) -> letterhead
                        .lastSessionAt(stalled.lastSessionAt())
                        .actionUrl(links.link("mentorships", stalled.mentorshipId(), "sessions", "new"))
                        .build());
    }
}
