package org.mentorat.invites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InviteTextsTest {

    @Test
    void theSummaryNamesTheParticipantsInTheReadersLanguage() {
        List<String> names = List.of("Amélie Dupont", "Karim Haddad");

        assertThat(InviteTexts.in(Locale.FRENCH).summary(names)).isEqualTo("Séance de mentorat avec Amélie Dupont, Karim Haddad");
        assertThat(InviteTexts.in(Locale.forLanguageTag("ar-MA")).summary(names))
                .isEqualTo("جلسة إرشاد مع Amélie Dupont, Karim Haddad");
        assertThat(InviteTexts.in(Locale.CANADA_FRENCH).calendarName()).isEqualTo("Séances de mentorat");
    }

    @Test
    void anUnknownOrMissingLanguageReadsEnglish() {
        assertThat(InviteTexts.in(Locale.GERMAN).summary(List.of("Jo Lee"))).isEqualTo("Mentoring session with Jo Lee");
        assertThat(InviteTexts.in(null).calendarName()).isEqualTo("Mentoring sessions");
    }

    @Test
    void withoutAnyNameTheSummaryIsJustTheSession() {
        assertThat(InviteTexts.in(Locale.ENGLISH).summary(Arrays.asList(null, " ", ""))).isEqualTo("Mentoring session");
    }
}
