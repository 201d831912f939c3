package org.mentorat.benchmarks.notification;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.mentorat.events.profile.ContactDetailsChanged;

/**
 * Generated people as profile-service announces them: French 40 %, English 40 %, Arabic 20 %, each
 * in a time zone where their language is spoken, with a name from their language's list.
 */
final class Participants {

    private record Language(String tag, double share, List<String> zones, List<String> givenNames,
            List<String> familyNames) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language("fr", 0.4, List.of("Europe/Paris", "Europe/Brussels", "America/Montreal", "Africa/Dakar"),
                    List.of("Zoé", "Étienne", "Léa", "Hélène", "Maël", "Agnès"),
                    List.of("Lefèvre", "Durand", "Müller-Roux", "Benoît", "Faure")),
            new Language("en", 0.4, List.of("Europe/London", "America/New_York", "America/Los_Angeles",
                    "Asia/Singapore", "Australia/Sydney"),
                    List.of("Olivia", "James", "Priya", "Noah", "Grace"),
                    List.of("Smith", "O'Neill", "Patel", "Walker", "Chen")),
            new Language("ar", 0.2, List.of("Asia/Dubai", "Asia/Riyadh", "Africa/Cairo", "Africa/Casablanca"),
                    List.of("أمينة", "يوسف", "Samir", "ليلى", "Karim"),
                    List.of("العلوي", "Haddad", "بن علي", "Mansour")));

    private final String tenant;
    private final Random random;

    Participants(String tenant, long seed) {
        this.tenant = tenant;
        this.random = new Random(seed);
    }

    static String personId(int index) {
        return "person-" + index;
    }

    /** The details of person {@code index}, as profile-service publishes them when the profile is created. */
    ContactDetailsChanged contact(int index, Instant at) {
        Language language = pick();
        return new ContactDetailsChanged(personId(index), any(language.givenNames()), any(language.familyNames()),
                personId(index) + "@" + tenant + ".example", language.tag(), any(language.zones()), at);
    }

    private Language pick() {
        double point = random.nextDouble();
        for (Language language : LANGUAGES) {
            point -= language.share();
            if (point < 0) {
                return language;
            }
        }
        return LANGUAGES.getLast();
    }

    private String any(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
