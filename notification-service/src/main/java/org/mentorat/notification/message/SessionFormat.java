package org.mentorat.notification.message;

import java.util.Locale;

/** How a session's people meet, as a message says it ("video call", "en présentiel"…). */
public enum SessionFormat {
    IN_PERSON, VIDEO, PHONE, CHAT;

    /**
     * The format a session event names ({@code "VIDEO"}, {@code "video"}), or null when it names none or
     * one this service does not know: a message then says the format is still to be agreed.
     */
    public static SessionFormat from(String name) {
        if (name == null) {
            return null;
        }
        for (SessionFormat format : values()) {
            if (format.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
