package org.mentorat.events;

/** Topic names; each topic carries the events of one producing service, keyed by aggregate id. */
public final class Topics {

    public static final String PROFILE_EVENTS = "profile-events";
    public static final String MATCHING_EVENTS = "matching-events";
    public static final String SESSION_EVENTS = "session-events";
    public static final String NOTIFICATION_EVENTS = "notification-events";
    public static final String PRIVACY_RECEIPTS = "privacy-receipts";

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static java.util.List<String> all() {
        return java.util.List.of(PROFILE_EVENTS, MATCHING_EVENTS, SESSION_EVENTS, NOTIFICATION_EVENTS, PRIVACY_RECEIPTS);
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
