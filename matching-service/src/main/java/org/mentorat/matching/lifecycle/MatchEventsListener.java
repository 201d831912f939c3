package org.mentorat.matching.lifecycle;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchDeclined;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.matching.MatchExpired;
import org.mentorat.matching.match.MatchClosure;
import org.mentorat.matching.match.Matches;
import org.mentorat.matching.suggestion.RankingCache;
import org.mentorat.platform.consumer.EventDispatcher;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Matching's own events come back to finish what closing a match started: give the seat and the
 * mentee back (already done right after the close, unless the service crashed in between) and,
 * when a mentor left, re-match their mentee.
 */
@Component
class MatchEventsListener {

    private final Matches matches;
    private final MatchClosure closure;
    private final Rematching rematching;
    private final RankingCache rankings;
    private final EventDispatcher dispatcher;

    MatchEventsListener(Matches matches, MatchClosure closure, Rematching rematching, RankingCache rankings) {
        this.rankings = rankings;
        this.matches = matches;
        this.closure = closure;
        this.rematching = rematching;
        this.dispatcher = EventDispatcher.builder()
                .on(MatchDeclined.class, (declined, event) -> release(event, declined.matchId()))
                .on(MatchExpired.class, (expired, event) -> release(event, expired.matchId()))
                .on(MatchEnded.class, this::ended)
                .build();
    }

    @KafkaListener(topics = Topics.MATCHING_EVENTS, groupId = "matching-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }

    private void release(IncomingEvent event, String matchId) {
        matches.find(event.tenantId(), matchId).ifPresent(match -> closure.release(event.tenantId(), match));
        rankings.forget(event.tenantId());
    }

    private void ended(MatchEnded ended, IncomingEvent event) {
        release(event, ended.matchId());
        if (ended.reason().startsWith("MENTOR_")) {
            matches.find(event.tenantId(), ended.matchId())
                    .ifPresent(match -> rematching.afterMentorLeft(event.tenantId(), match));
        }
    }
}
