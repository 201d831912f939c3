package org.mentorat.platform.sample;

import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

@EventType("org.mentorat.sample.widget-created.v1")
public record WidgetCreated(String widgetId, String name, int size) implements DomainEvent {
}
