package org.mentorat.notification.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentorat.notification.message.Email.Block;
import org.mentorat.notification.message.Email.Link;

/**
 * Decides what each kind of email says and in which order: its sentences come from the wording, its
 * facts (when, where, figures) from the arguments. The same composition feeds the HTML and the text.
 */
final class EmailComposer {

    private EmailComposer() {
    }

    /** The kind's name in the bundles and in file names: {@code session_reminder}. */
    static String keyOf(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The prefix of a kind's sentences in the bundles: {@code session_reminder.subject}… A goal
     * whose words this service does not hold (goals are private to the pair and their text never
     * travels in events) is spoken of without them.
     */
    static String keyOf(NotificationKind kind, MessageArguments a) {
        String key = keyOf(kind);
        return kind == NotificationKind.GOAL_DUE && a.goalTitle() == null ? key + "_unnamed" : key;
    }

    /** Defines the phrases other sentences are built from ("in 24 hours", "tomorrow", the time zone). */
    static void definePhrases(Wording w, MessageArguments a) {
        w.define("zone", "phrase.zone");
        if (a.reminderOffset() != null) {
            w.define("in", "phrase.in");
        }
        if (a.goalTargetDate() != null) {
            w.define("daysIn", "phrase.daysIn");
        }
    }

    static Email compose(NotificationKind kind, Wording w, MessageArguments a) {
        String k = keyOf(kind, a);
        Link secondary = w.has(k + ".secondary") ? Link.to(w.say(k + ".secondary"), a.secondaryUrl()) : null;
        List<String> closing = w.has(k + ".outro") ? List.of(w.say(k + ".outro")) : List.of();
        boolean toAdministrators = kind == NotificationKind.PROGRAM_DIGEST;
        String why = toAdministrators ? "footer.why.admin" : "footer.why.participant";
        return new Email(w.say(k + ".subject"), w.say("banner"), w.say(k + ".summary"), w.say(k + ".heading"),
                w.say("greeting"), body(kind, k, w, a), Link.to(w.say(k + ".action"), a.actionUrl()), secondary,
                closing, w.say(toAdministrators ? "signoff.admin" : "signoff"), w.say(why), Link.to(w.say("footer.preferences"), a.preferencesUrl()),
                Link.to(w.say("footer.unsubscribe"), a.unsubscribeUrl()));
    }

    private static List<Block> body(NotificationKind kind, String k, Wording w, MessageArguments a) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(w.say(k + ".intro")));
        switch (kind) {
            case MATCH_PROPOSED -> bullets(blocks, w.say(k + ".list"), a.reasons().stream()
                    .map(reason -> w.has("reason." + reason) ? w.say("reason." + reason) : reason).toList());
            case MENTORSHIP_STARTED -> {
                bullets(blocks, w.say(k + ".list"), w.numbered(k + ".step"));
                blocks.add(Block.paragraph(w.say(k + ".first")));
                if (a.sessionStart() != null) {
                    blocks.add(Block.facts(FactSheets.session(w, a)));
                }
            }
            case SESSION_SCHEDULED, SESSION_RESCHEDULED, SESSION_REMINDER ->
                    blocks.add(Block.facts(FactSheets.session(w, a)));
            case MENTORSHIP_STALLED -> bullets(blocks, w.say(k + ".list"), w.numbered(k + ".idea"));
            case GOAL_DUE -> {
                blocks.add(Block.facts(FactSheets.goal(w, a.goalTitle() != null)));
                bullets(blocks, w.say(k + ".list"), w.numbered(k + ".idea"));
            }
            case CLOSING_SURVEY -> blocks.add(Block.paragraph(w.say(k + ".intro.2")));
            case PROGRAM_DIGEST -> {
                blocks.add(Block.facts(FactSheets.digest(w)));
                blocks.add(Block.paragraph(w.say(k + ".stalledNote")));
            }
            default -> {
            }
        }
        return blocks;
    }

    /** A list under its lead-in; nothing at all when there is nothing to list. */
    private static void bullets(List<Block> blocks, String leadIn, List<String> items) {
        List<String> written = items.stream().filter(item -> item != null && !item.isBlank()).toList();
        if (!written.isEmpty()) {
            blocks.add(Block.paragraph(leadIn));
            blocks.add(Block.items(written));
        }
    }
}
