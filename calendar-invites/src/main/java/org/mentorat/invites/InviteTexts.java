package org.mentorat.invites;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few words an invite shows, in the reader's language (fr, en or ar; English otherwise). Every
 * service that builds an invite takes its summary from here, so the same reader sees the same title.
 */
public record InviteTexts(String session, String with, String calendarName) {

    private static final InviteTexts ENGLISH = new InviteTexts("Mentoring session", "with", "Mentoring sessions");
    private static final Map<String, InviteTexts> BY_LANGUAGE = Map.of(
            "en", ENGLISH,
            "fr", new InviteTexts("Séance de mentorat", "avec", "Séances de mentorat"),
            "ar", new InviteTexts("جلسة إرشاد", "مع", "جلسات الإرشاد"));

    /** The words in the locale's language; English when the locale is null or not one of ours. */
    public static InviteTexts in(Locale locale) {
        return locale == null ? ENGLISH : BY_LANGUAGE.getOrDefault(locale.getLanguage(), ENGLISH);
    }

    /** "Mentoring session with Amélie Dupont, Karim Haddad"; blank names are left out. */
    public String summary(List<String> participantNames) {
        List<String> names = participantNames.stream().filter(name -> name != null && !name.isBlank())
                .map(String::strip).toList();
        return names.isEmpty() ? session : session + " " + with + " " + String.join(", ", names);
    }
}
