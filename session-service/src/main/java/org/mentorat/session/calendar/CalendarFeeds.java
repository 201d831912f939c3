package org.mentorat.session.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import org.mentorat.invites.InviteTexts;
import org.mentorat.invites.Invites;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.session.meeting.Meetings;
import org.mentorat.session.meeting.Session;
import org.mentorat.session.people.Contact;
import org.mentorat.session.people.Contacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Invites and personal feeds. A feed is reached by a token alone, as calendar apps send no bearer
 * header: 256 random bits, shown once to its owner, stored only as a SHA-256 hash.
 */
@Service
public class CalendarFeeds {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeeds.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Meetings meetings;
    private final Contacts contacts;
    private final CalendarFeedStore store;
    private final Clock clock;

    CalendarFeeds(Meetings meetings, Contacts contacts, CalendarFeedStore store, Clock clock) {
        this.meetings = meetings;
        this.contacts = contacts;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The session's invite. An invite that leaves someone out would put the session in some
     * calendars and not others, so until every participant's contact details are known: 409.
     */
    Calendar invite(Caller caller, String sessionId) {
        Session session = meetings.visible(caller, sessionId);
        Map<String, Contact> known = contactsOf(session.tenantId(), List.of(session));
        List<String> unknown = session.participants().stream().filter(person -> !known.containsKey(person)).toList();
        if (!unknown.isEmpty()) {
            throw new ConflictException("contact-details-unknown", "The invite cannot be built yet: the e-mail "
                    + "address of " + String.join(", ", unknown) + " has not reached this service. Try again later.");
        }
        return Invites.invite(SessionInvites.of(session, known, textsFor(caller.tenantId(), caller.subject())));
    }

    /** A new token for the caller's feed; the previous one stops working at once. */
    String rotate(Caller caller) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store.replace(caller.tenantId(), caller.subject(), hash(token), clock.instant());
        log.info("calendar feed token rotated tenant={} aggregate={}", caller.tenantId(), caller.subject());
        return token;
    }

    /** The feed of the token's owner; an unknown or replaced token is a 404, like a missing page. */
    Calendar feed(String token) {
        CalendarFeedStore.FeedOwner owner = store.ownerOf(hash(token))
                .orElseThrow(() -> new ResourceNotFoundException("calendar", "(token)"));
        List<Session> sessions = meetings.sessionsOf(owner.tenantId(), owner.personId());
        Map<String, Contact> known = contactsOf(owner.tenantId(), sessions);
        InviteTexts texts = textsFor(owner.tenantId(), owner.personId());
        return Invites.feed(sessions.stream().map(session -> SessionInvites.of(session, known, texts)).toList(),
                texts.calendarName());
    }

    /** For an erasure: the person's feed goes with its token. */
    public void revoke(String tenantId, String personId) {
        store.delete(tenantId, personId);
    }

    private Map<String, Contact> contactsOf(String tenantId, List<Session> sessions) {
        Map<String, Contact> known = new LinkedHashMap<>();
        sessions.stream().flatMap(session -> session.participants().stream()).distinct()
                .forEach(person -> contacts.of(tenantId, person).ifPresent(contact -> known.put(person, contact)));
        return known;
    }

    private InviteTexts textsFor(String tenantId, String personId) {
        return SessionInvites.textsIn(contacts.of(tenantId, personId).map(Contact::locale).orElse(null));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
