package org.mentorat.testkit;

import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;

/** Where an event type travels and who sends it, read from the contract package that declares it. */
record EventChannel(String topic, String source) {

    static EventChannel of(Class<? extends DomainEvent> type) {
        String producer = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
        return switch (producer) {
            case "profile" -> new EventChannel(Topics.PROFILE_EVENTS, EventSources.PROFILE);
            case "matching" -> new EventChannel(Topics.MATCHING_EVENTS, EventSources.MATCHING);
            case "session" -> new EventChannel(Topics.SESSION_EVENTS, EventSources.SESSION);
            case "notification" -> new EventChannel(Topics.NOTIFICATION_EVENTS, EventSources.NOTIFICATION);
            default -> throw new IllegalArgumentException(type.getName()
                    + " has no single producer; publish it as an OutboxEvent with its topic and source");
        };
    }
}
