package org.mentorat.notification.trigger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.mentorat.notification.contact.Contact;
import org.mentorat.notification.contact.Contacts;
import org.mentorat.notification.dispatch.Attachment;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.notification.dispatch.OutgoingMessage;
import org.mentorat.notification.message.Category;
import org.mentorat.notification.message.MessageArguments;
import org.mentorat.notification.message.Messages;
import org.mentorat.notification.message.RenderedMessage;
import org.mentorat.notification.preference.Preferences;
import org.mentorat.notification.program.ProgramNotificationSettings;
import org.mentorat.notification.program.ProgramSettings;
import org.mentorat.notification.unsubscribe.UnsubscribeLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns one occasion into the messages its people receive: for each person, on each channel they
 * chose for that category (never none for a category their program makes mandatory), written in
 * their language and zone, at a time outside their quiet hours. Every message's id derives from
 * the occasion and the person and channel, so handling an event twice schedules nothing twice.
 *
 * <p>The in-app inbox is silent, so it is not held back by quiet hours; email and chat are. A
 * person whose contact details are unknown (or who left) still finds the notice in the app.
 */
@Service
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Contacts contacts;
    private final ProgramSettings programs;
    private final Preferences preferences;
    private final Messages messages;
    private final Dispatches dispatches;
    private final UnsubscribeLinks unsubscribe;
    private final TriggerProperties links;
    private final Clock clock;

    Notifier(Contacts contacts, ProgramSettings programs, Preferences preferences, Messages messages,
            Dispatches dispatches, UnsubscribeLinks unsubscribe, TriggerProperties links, Clock clock) {
        this.unsubscribe = unsubscribe;
        this.links = links;
        this.contacts = contacts;
        this.programs = programs;
        this.preferences = preferences;
        this.messages = messages;
        this.dispatches = dispatches;
        this.clock = clock;
    }

    /** Writes to each recipient what {@code arguments} gives for them; returns how many messages were new. */
    int notify(Occasion occasion, List<Recipient> recipients, MessageWriter arguments) {
        return notify(occasion, recipients, arguments, addressee -> List.of());
    }

    /** The same, with files for each recipient's email (an invite in their language). */
    int notify(Occasion occasion, List<Recipient> recipients, MessageWriter arguments, Enclosures enclosures) {
        ProgramNotificationSettings program = programs.of(occasion.tenantId(), occasion.programId());
        // each recipient is usually the other's counterpart too: their contact is read once
        Map<String, Optional<Contact>> people = new HashMap<>();
        Function<String, Optional<Contact>> contactOf = personId -> people.computeIfAbsent(personId,
                id -> contacts.of(occasion.tenantId(), id));
        int scheduled = 0;
        for (Recipient recipient : recipients) {
            scheduled += notify(occasion, program, recipient, arguments, enclosures, contactOf);
        }
        return scheduled;
    }

    private int notify(Occasion occasion, ProgramNotificationSettings program, Recipient recipient,
            MessageWriter arguments, Enclosures enclosures, Function<String, Optional<Contact>> contactOf) {
        Occasion.requireText(recipient.personId(), "a recipient's id");
        Optional<Contact> contact = contactOf.apply(recipient.personId()).filter(Contact::active);
        Contact addressee = contact.orElseGet(() -> new Contact(occasion.tenantId(), recipient.personId(), null, null,
                null, contacts.defaultLocale(occasion.tenantId()), ZoneOffset.UTC, false));
        Preferences.Choices choices = preferences.choicesOf(occasion.tenantId(), recipient.personId());
        Set<Channel> channels = choices.channelsFor(occasion.kind().category(), program.mandatory());
        RenderedMessage content = messages.render(occasion.kind(), addressee.locale(), addressee.timeZone(),
                arguments.write(recipient, letterhead(occasion, program, recipient, addressee, contactOf)));
        int scheduled = 0;
        for (Channel channel : channels) {
            if (channel != Channel.IN_APP && contact.isEmpty()) {
                continue;
            }
            List<Attachment> files = channel == Channel.EMAIL ? enclosures.filesFor(addressee) : List.of();
            OutgoingMessage message = message(occasion, recipient, addressee, choices, channel, content, files);
            if (dispatches.schedule(message)) {
                scheduled++;
                log.info("{} scheduled tenant={} aggregate={} recipient={} channel={} due={} id={}",
                        occasion.kind(), occasion.tenantId(), occasion.relatedId(), recipient.personId(), channel,
                        message.dueAt(), message.id());
            }
        }
        return scheduled;
    }

    private OutgoingMessage message(Occasion occasion, Recipient recipient, Contact addressee,
            Preferences.Choices choices, Channel channel, RenderedMessage content, List<Attachment> files) {
        Instant due = occasion.dueAt() == null ? clock.instant() : occasion.dueAt();
        if (channel != Channel.IN_APP) {
            due = choices.deliveryTime(addressee.timeZone(), due, occasion.notAfter());
        }
        Map<String, String> details = new HashMap<>(occasion.details());
        details.put("role", recipient.role());
        if (recipient.counterpartId() != null) {
            details.put("counterpartId", recipient.counterpartId());
        }
        return new OutgoingMessage(occasion.tenantId(), idOf(occasion, recipient.personId(), channel),
                recipient.personId(), channel, occasion.kind(), occasion.relatedId(),
                channel == Channel.EMAIL ? addressee.email() : null, content,
                files, due, occasion.notAfter(),
                occasion.cancelGroupOf(recipient.personId()), details);
    }

    /** What every message says whatever its kind: to whom, about whom, in which program, and the footer's links. */
    private MessageArguments.Builder letterhead(Occasion occasion, ProgramNotificationSettings program,
            Recipient recipient, Contact addressee, Function<String, Optional<Contact>> contactOf) {
        Category category = occasion.kind().category();
        boolean optional = !program.mandatory().contains(category) && unsubscribe.offeredFor(category);
        return MessageArguments.builder()
                .recipientName(addressee.displayName())
                .counterpartNames(recipient.counterpartIds().stream()
                        .map(personId -> contactOf.apply(personId).map(Contact::displayName)
                                .filter(name -> !name.isBlank()).orElse(null))
                        .filter(Objects::nonNull).toList())
                .programName(program.name())
                .deliveredAt(occasion.dueAt())
                .preferencesUrl(links.link("settings", "notifications"))
                .unsubscribeUrl(optional ? unsubscribePage(occasion.tenantId(), recipient.personId(), category) : null);
    }

    /**
     * The footer's link, opened in a browser: the web client's page that confirms with one click
     * and then posts the token, as a GET must never unsubscribe by itself (mail scanners follow
     * links). Mail clients use the {@code List-Unsubscribe} header's POST instead.
     */
    private String unsubscribePage(String tenantId, String personId, Category category) {
        String path = unsubscribe.linkFor(tenantId, personId, category).getPath();
        return links.link("settings", "notifications", "unsubscribe", path.substring(path.lastIndexOf('/') + 1));
    }

    static String idOf(Occasion occasion, String personId, Channel channel) {
        String key = String.join("|", "message", occasion.tenantId(), occasion.kind().name(), occasion.relatedId(),
                occasion.occurrence(), personId, channel.name());
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The files a recipient's email carries. */
    @FunctionalInterface
    interface Enclosures {
        List<Attachment> filesFor(Contact addressee);
    }

    /** What one recipient's message says: their own arguments, from their contact and program. */
    @FunctionalInterface
    interface MessageWriter {
        MessageArguments write(Recipient recipient, MessageArguments.Builder letterhead);
    }
}
