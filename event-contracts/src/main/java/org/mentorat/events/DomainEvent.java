package org.mentorat.events;

/**
 * A fact that one service publishes about one of its aggregates. Implementations are immutable
 * records annotated with {@link EventType}.
 */
public interface DomainEvent {

    static String typeOf(Class<? extends DomainEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
        }
        return type.value();
    }

    static String schemaPath(String type) {
        return "schemas/" + type + ".json";
    }
}
