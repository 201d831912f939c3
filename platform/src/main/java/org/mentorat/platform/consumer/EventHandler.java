package org.mentorat.platform.consumer;

import org.mentorat.platform.events.IncomingEvent;

/** Applies one event's effect; must be idempotent, since delivery is at-least-once. */
@FunctionalInterface
public interface EventHandler<T> {

    void handle(T data, IncomingEvent event);
}
