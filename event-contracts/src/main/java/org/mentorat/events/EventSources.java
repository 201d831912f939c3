package org.mentorat.events;

/** Values of {@code ce_source}: the service that produced an event. */
public final class EventSources {

    public static final String PROFILE = "/profile-service";
    public static final String MATCHING = "/matching-service";
    public static final String SESSION = "/session-service";
    public static final String NOTIFICATION = "/notification-service";

    private EventSources() {
    }
}
