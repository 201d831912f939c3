package org.mentorat.notification.trigger;

import java.util.List;
import java.util.Map;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/** Matching proposed a pairing: both people are told why, and asked to accept or decline. */
@Component
class MatchProposals {

    private final Notifier notifier;
    private final TriggerProperties links;

    MatchProposals(Notifier notifier, TriggerProperties links) {
        this.notifier = notifier;
        this.links = links;
    }

    void on(MatchProposed proposed, IncomingEvent event) {
        Occasion occasion = Occasion.now(event.tenantId(), NotificationKind.MATCH_PROPOSED, proposed.matchId(),
                proposed.programId(), Map.of("matchId", proposed.matchId(), "programId", proposed.programId()));
        List<String> reasons = proposed.reasons() == null ? List.of() : proposed.reasons();
        notifier.notify(occasion,
                Recipient.ofPairing(proposed.mentorId(), Sessions.menteesOf(null, proposed.menteeId())),
                (recipient, letterhead) -> letterhead
                        .reasons(reasons)
                        .actionUrl(links.link("matches", proposed.matchId()))
                        .secondaryUrl(links.link("matches", proposed.matchId(), "decline"))
                        .build());
    }
}
