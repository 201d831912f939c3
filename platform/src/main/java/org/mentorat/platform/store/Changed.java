package org.mentorat.platform.store;

import java.util.List;
import org.mentorat.events.DomainEvent;

/**
 * What an aggregate's decision produced: its new state and the events the decision caused,
 * stored together in one write by the aggregate's store.
 */
public record Changed<T>(T state, List<DomainEvent> events) {

    public Changed {
        events = List.copyOf(events);
    }

    public static <T> Changed<T> of(T state, DomainEvent... events) {
        return new Changed<>(state, List.of(events));
    }

    public static <T> Changed<T> of(T state, List<? extends DomainEvent> events) {
        return new Changed<>(state, List.copyOf(events));
    }
}
