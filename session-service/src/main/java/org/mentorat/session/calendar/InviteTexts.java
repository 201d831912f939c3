package org.mentorat.session.calendar;

import java.util.Map;

/** The few words an invite shows, in the reader's language (fr, en or ar; English otherwise). */
record InviteTexts(String session, String with, String calendarName) {

    private static final Map<String, InviteTexts> BY_LOCALE = Map.of(
            "en", new InviteTexts("Mentoring session", "with", "Mentoring sessions"),
            "fr", new InviteTexts("Séance de mentorat", "avec", "Séances de mentorat"),
            "ar", new InviteTexts("جلسة إرشاد", "مع", "جلسات الإرشاد"));

    static InviteTexts in(String locale) {
        return BY_LOCALE.getOrDefault(locale == null ? "en" : locale, BY_LOCALE.get("en"));
    }
}
