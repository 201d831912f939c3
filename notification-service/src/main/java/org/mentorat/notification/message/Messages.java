package org.mentorat.notification.message;

import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Writes a notification for one person: subject, HTML and plain-text email, and the inbox's title and
 * summary, in their language (French, English or Arabic, right to left) and time zone. Every sentence is
 * an ICU MessageFormat pattern of {@code messages/notifications_{language}.properties}; the layouts are
 * Thymeleaf templates.
 */
@Service
public class Messages {

    /** Written when neither the recipient's language nor the fallback is one we write. */
    public static final Locale LAST_RESORT = Locale.ENGLISH;

    private final Wordings wordings = Wordings.load();
    private final EmailLayout layout = new EmailLayout();
    private final Clock clock;

    /** @param clock "now", for a goal's days left when the arguments do not say when the message arrives */
    public Messages(Clock clock) {
        this.clock = clock;
    }

    /** As {@link #render(NotificationKind, Locale, Locale, ZoneId, MessageArguments)}, falling back to English. */
    public RenderedMessage render(NotificationKind kind, Locale locale, ZoneId zone, MessageArguments arguments) {
        return render(kind, locale, LAST_RESORT, zone, arguments);
    }

    /**
     * Writes the message.
     *
     * @param locale the recipient's locale; its language picks the texts, the whole locale the formats
     *     ({@code ar-EG} writes Arabic-Indic digits, {@code en-GB} day-month dates); null means unknown
     * @param fallbackLocale used when {@code locale} is not in French, English or Arabic (the tenant's
     *     default); English when that one is not either
     * @param zone the recipient's time zone, in which every instant is shown; null means UTC
     * @return the message, whose {@code locale} is the one it was written in
     * @throws IllegalArgumentException when the kind needs an argument that is missing (named in the
     *     message), or a link is not an http(s) address
     */
    public RenderedMessage render(NotificationKind kind, Locale locale, Locale fallbackLocale, ZoneId zone,
            MessageArguments arguments) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(arguments, "arguments");
        Locale written = languageFor(locale, fallbackLocale);
        arguments = withUnknownNames(arguments, wordings.patternsOf(written));
        Requirements.check(kind, arguments);
        ZoneId shownIn = zone != null ? zone : ZoneOffset.UTC;
        boolean rightToLeft = ULocale.forLocale(written).isRightToLeft();
        Wording wording = new Wording(written, wordings.patternsOf(written),
                SentenceArguments.of(arguments, written, shownIn, clock.instant(), rightToLeft));
        EmailComposer.definePhrases(wording, arguments);
        Email email = EmailComposer.compose(kind, wording, arguments);
        String key = EmailComposer.keyOf(kind, arguments);
        return new RenderedMessage(oneLine(email.subject()), layout.html(email, written, rightToLeft),
                layout.text(email, wording.say("colon")), oneLine(wording.say(key + ".title")), wording.say(key + ".summary"), written);
    }

    /**
     * A notice must not wait for names this service has not heard of yet (contact details and
     * programs arrive on their own topics): the person, their counterpart and their program are
     * then spoken of in general terms ("Hi there", "your mentoring partner").
     */
    private static MessageArguments withUnknownNames(MessageArguments arguments, Map<String, String> patterns) {
        MessageArguments.Builder named = arguments.toBuilder();
        if (arguments.recipientName() == null || arguments.recipientName().isBlank()) {
            named.recipientName(patterns.get("unknown.recipient"));
        }
        if (arguments.counterpartNames().isEmpty()) {
            named.counterpartNames(patterns.get("unknown.counterpart"));
        }
        if (arguments.programName() == null || arguments.programName().isBlank()) {
            named.programName(patterns.get("unknown.program"));
        }
        return named.build();
    }

    /** The locale a message is written in: the recipient's if we write its language, else the fallback's. */
    public Locale languageFor(Locale locale, Locale fallbackLocale) {
        if (wordings.writes(locale)) {
            return locale;
        }
        return wordings.writes(fallbackLocale) ? fallbackLocale : LAST_RESORT;
    }

    /** A name typed with a line break must not break a subject line (or a mail header) in two. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
