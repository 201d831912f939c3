package org.mentorat.notification.trigger;

import org.mentorat.events.matching.MatchProposed;
import org.mentorat.notification.inbox.Inbox;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/** Matching proposed a pairing: both people are asked to look at it and accept or decline. */
@Component
class MatchProposals {

    private final Inbox inbox;

    MatchProposals(Inbox inbox) {
        this.inbox = inbox;
    }

    void on(MatchProposed proposed, IncomingEvent event) {
        new PairNotice(event.tenantId(), NotificationKind.MATCH_PROPOSED, proposed.matchId(),
                proposed.mentorId(), proposed.menteeId(),
                PairNotice.detailsOf("matchId", proposed.matchId(), "programId", proposed.programId()))
                .deliverTo(inbox);
    }
}
