package org.mentorat.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** What a recipient reads: whole sentences in their language, zone and script, never a hole or a key. */
class MessagesTest {

    private static final Pattern KEY_NAME = Pattern.compile(
            "\\b(?:[a-z]+_[a-z_]+|fact|digest|footer|phrase)\\.[a-z.0-9]+\\b");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Messages messages = MessageSamples.messages();

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindIsWrittenInFullInEveryLanguage(NotificationKind kind) {
        for (String language : List.of("en", "fr", "ar")) {
            MessageSamples.Sample sample = MessageSamples.sample(kind, language);
            RenderedMessage message = messages.render(kind, sample.locale(), sample.zone(), sample.arguments());

            assertThat(message.locale().getLanguage()).isEqualTo(language);
            for (String part : List.of(message.subject(), message.title(), message.summary(), message.text(),
                    message.html())) {
                assertThat(part).as("%s in %s", kind, language).isNotBlank()
                        .doesNotContain("{", "}", "null").doesNotContainPattern(KEY_NAME);
            }
            assertThat(message.subject().length()).as("subject of %s in %s", kind, language).isLessThanOrEqualTo(70);
            assertThat(message.html()).startsWith("<!DOCTYPE html>")
                    .contains(sample.arguments().recipientName(), "https://mentorat.example/app/settings/notifications");
            assertThat(message.text()).contains(sample.arguments().recipientName(),
                    sample.arguments().actionUrl(), sample.arguments().unsubscribeUrl());
        }
    }

    @Test
    void arabicIsWrittenRightToLeftAndTheOthersLeftToRight() {
        assertThat(render(NotificationKind.SESSION_SCHEDULED, "ar").html())
                .contains("<html lang=\"ar\" dir=\"rtl\">").contains("text-align:right").contains("جلستك");
        assertThat(render(NotificationKind.SESSION_SCHEDULED, "fr").html())
                .contains("<html lang=\"fr\" dir=\"ltr\">").doesNotContain("text-align:right");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | PT1H   | in 1 hour
            en | PT24H  | in 24 hours
            en | PT30M  | in 30 minutes
            en | PT72H  | in 3 days
            fr | PT1H   | dans 1 heure
            fr | PT24H  | dans 24 heures
            fr | PT72H  | dans 3 jours
            ar | PT1H   | بعد ساعة واحدة
            ar | PT2H   | بعد ساعتين
            ar | PT3H   | بعد 3 ساعات
            ar | PT24H  | بعد 24 ساعة
            ar | PT48H  | بعد 48 ساعة
            ar | PT72H  | بعد 3 أيام
            ar | PT264H | بعد 11 يومًا
            """)
    void aReminderSaysHowSoonWithTheLanguagesPluralForms(String language, Duration offset, String soon) {
        MessageSamples.Sample sample = MessageSamples.sample(NotificationKind.SESSION_REMINDER, language);
        RenderedMessage message = messages.render(NotificationKind.SESSION_REMINDER, sample.locale(), sample.zone(),
                sample.arguments().toBuilder().reminderOffset(offset).build());

        assertThat(message.subject()).contains(soon);
        assertThat(message.title()).contains(soon);
        assertThat(message.html()).contains(soon);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | America/New_York | Tuesday, June 24, 2025, 8:00 – 9:00 AM   | Eastern Daylight Time (America/New_York)
            en | Asia/Tokyo       | Tuesday, June 24, 2025, 9:00 – 10:00 PM  | Japan Standard Time (Asia/Tokyo)
            fr | Europe/Paris     | mardi 24 juin 2025, 14:00 – 15:00        | heure d’été d’Europe centrale (Europe/Paris)
            fr | Pacific/Auckland | mercredi 25 juin 2025, 00:00 – 01:00     | heure normale de la Nouvelle-Zélande (Pacific/Auckland)
            """)
    void timesAreTheRecipientsInTheirZone(String language, ZoneId zone, String when, String zoneName) {
        MessageSamples.Sample sample = MessageSamples.sample(NotificationKind.SESSION_SCHEDULED, language);
        RenderedMessage message = messages.render(NotificationKind.SESSION_SCHEDULED, sample.locale(), zone,
                sample.arguments());

        assertThat(spaced(message.text())).contains(when, zoneName);
        assertThat(spaced(message.summary())).contains(when);
    }

    @Test
    void theWholeLocaleChoosesDigitsAndClockWhileItsLanguageChoosesTheWords() {
        MessageSamples.Sample arabic = MessageSamples.sample(NotificationKind.SESSION_SCHEDULED, "ar");
        RenderedMessage egypt = messages.render(NotificationKind.SESSION_SCHEDULED, Locale.forLanguageTag("ar-EG"),
                ZoneId.of("Africa/Cairo"), arabic.arguments());
        MessageSamples.Sample english = MessageSamples.sample(NotificationKind.SESSION_SCHEDULED, "en");
        RenderedMessage britain = messages.render(NotificationKind.SESSION_SCHEDULED, Locale.UK,
                ZoneId.of("Europe/London"), english.arguments());

        assertThat(egypt.text()).contains("٢٤ يونيو ٢٠٢٥").contains("جلسة");
        assertThat(egypt.locale()).isEqualTo(Locale.forLanguageTag("ar-EG"));
        assertThat(spaced(britain.text())).contains("Tuesday, 24 June 2025, 13:00–14:00");
    }

    @Test
    void namesAreEscapedInTheHtmlAndKeptAsTypedInTheText() {
        MessageArguments arguments = MessageSamples.sample(NotificationKind.MATCH_PROPOSED, "en").arguments()
                .toBuilder().recipientName("<b>Jo & Co</b>").counterpartNames("Ann \"<script>\"")
                .reasons(List.of("Both <3 data & design")).build();

        RenderedMessage message = messages.render(NotificationKind.MATCH_PROPOSED, Locale.ENGLISH, PARIS, arguments);

        assertThat(message.html()).contains("&lt;b&gt;Jo &amp; Co&lt;/b&gt;", "&lt;script&gt;",
                "Both &lt;3 data &amp; design").doesNotContain("<b>Jo", "<script>", "<3");
        assertThat(message.text()).contains("Hi <b>Jo & Co</b>,", "Both <3 data & design");
        assertThat(message.subject()).contains("Ann \"<script>\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de-DE | fr | fr | Bonjour
            pt    | ar | ar | مرحبًا
            de    | es | en | Hi
                  | fr | fr | Bonjour
            fr-CA | en | fr | Bonjour
            """)
    void aLanguageWeDoNotWriteFallsBackToTheTenantsThenToEnglish(String locale, String fallback, String written,
            String greeting) {
        MessageSamples.Sample sample = MessageSamples.sample(NotificationKind.FEEDBACK_REQUEST, written);
        RenderedMessage message = messages.render(NotificationKind.FEEDBACK_REQUEST,
                locale == null ? null : Locale.forLanguageTag(locale), Locale.forLanguageTag(fallback), PARIS,
                sample.arguments());

        assertThat(message.locale().getLanguage()).isEqualTo(written);
        assertThat(message.text()).contains(greeting);
    }

    @Test
    void aGoalCountsItsDaysFromWhenTheMessageArrives() {
        MessageArguments arguments = MessageSamples.sample(NotificationKind.GOAL_DUE, "en").arguments().toBuilder()
                .goal("Ship the portfolio", LocalDate.of(2025, 7, 1)).build();

        assertThat(render(NotificationKind.GOAL_DUE, arguments.toBuilder()
                .deliveredAt(Instant.parse("2025-06-24T08:00:00Z")).build()).subject())
                .isEqualTo("Goal due in 7 days: Ship the portfolio");
        assertThat(render(NotificationKind.GOAL_DUE, arguments.toBuilder()
                .deliveredAt(Instant.parse("2025-06-30T08:00:00Z")).build()).subject())
                .isEqualTo("Goal due tomorrow: Ship the portfolio");
        assertThat(messages.render(NotificationKind.GOAL_DUE, Locale.forLanguageTag("ar"), PARIS, arguments.toBuilder()
                .deliveredAt(Instant.parse("2025-06-24T08:00:00Z")).build()).title()).contains("بعد 7 أيام");
    }

    @Test
    void aGroupSessionNamesEveryoneTheWayTheLanguageListsPeople() {
        MessageArguments arguments = MessageSamples.sample(NotificationKind.SESSION_REMINDER, "en").arguments()
                .toBuilder().counterpartNames("Daniel Reyes", "Lee Chen", "Sara Ali").build();

        assertThat(render(NotificationKind.SESSION_REMINDER, arguments).summary())
                .contains("Daniel Reyes, Lee Chen, and Sara Ali");
        assertThat(messages.render(NotificationKind.SESSION_REMINDER, Locale.FRENCH, PARIS, arguments).summary())
                .contains("Daniel Reyes, Lee Chen et Sara Ali");
    }

    @Test
    void aStalledPairThatNeverMetAndADigestWithoutRatingsAreToldSo() {
        MessageArguments neverMet = MessageSamples.sample(NotificationKind.MENTORSHIP_STALLED, "en").arguments()
                .toBuilder().lastSessionAt(null).build();
        MessageArguments unrated = MessageSamples.sample(NotificationKind.PROGRAM_DIGEST, "en").arguments().toBuilder()
                .digest(new DigestFigures(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 15), 1, 0, 1, 1, null, 0))
                .build();

        assertThat(render(NotificationKind.MENTORSHIP_STALLED, neverMet).text())
                .contains("You and Daniel Reyes haven’t had a session yet.");
        assertThat(render(NotificationKind.PROGRAM_DIGEST, unrated).text())
                .contains("No ratings yet", "No mentorship has stalled");
        assertThat(render(NotificationKind.PROGRAM_DIGEST, unrated).summary())
                .isEqualTo("1 active mentorship and 1 session held this week.");
    }

    @Test
    void aMissingArgumentIsNamedBeforeAnythingIsWritten() {
        MessageArguments arguments = MessageSamples.sample(NotificationKind.SESSION_REMINDER, "en").arguments()
                .toBuilder().reminderOffset(null).sessionStart(null).build();

        assertThatThrownBy(() -> render(NotificationKind.SESSION_REMINDER, arguments))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SESSION_REMINDER needs sessionStart, reminderOffset");
    }

    @Test
    void linksLeadOnlyToWebAddressesAndAMandatoryCategoryHasNoOptOut() {
        MessageArguments base = MessageSamples.sample(NotificationKind.FEEDBACK_REQUEST, "en").arguments();

        assertThatThrownBy(() -> render(NotificationKind.FEEDBACK_REQUEST,
                base.toBuilder().actionUrl("javascript:alert(1)").build()))
                .isInstanceOf(IllegalArgumentException.class);
        RenderedMessage mandatory = render(NotificationKind.FEEDBACK_REQUEST, base.toBuilder().unsubscribeUrl(null).build());
        assertThat(mandatory.html()).doesNotContain("Stop emails like this").contains("Notification settings");
    }

    @Test
    void aNameTypedOverTwoLinesStaysOnTheSubjectsOneLine() {
        MessageArguments arguments = MessageSamples.sample(NotificationKind.FEEDBACK_REQUEST, "en").arguments()
                .toBuilder().counterpartNames("Daniel\r\nBcc: everyone@example.com").build();

        assertThat(render(NotificationKind.FEEDBACK_REQUEST, arguments).subject())
                .doesNotContain("\r", "\n").contains("Daniel Bcc:");
    }

    private RenderedMessage render(NotificationKind kind, String language) {
        MessageSamples.Sample sample = MessageSamples.sample(kind, language);
        return messages.render(kind, sample.locale(), sample.zone(), sample.arguments());
    }

    private RenderedMessage render(NotificationKind kind, MessageArguments arguments) {
        return messages.render(kind, Locale.ENGLISH, ZoneId.of("America/New_York"), arguments);
    }

    /** ICU separates times with thin and narrow no-break spaces; the expectations are typed with plain ones. */
    private static String spaced(String text) {
        return text.replace('\u202f', ' ').replace('\u2009', ' ').replace('\u00a0', ' ');
    }
}
