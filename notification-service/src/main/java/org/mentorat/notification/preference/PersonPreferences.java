package org.mentorat.notification.preference;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.message.Category;

/**
 * How one person wants to be told things: the channels per category, the categories they opted
 * out of, their quiet hours and, if they chose one, the zone those hours are in.
 *
 * @param channels per category they chose channels for; the others go by email and in-app
 * @param quietHours null for none
 * @param timeZone null to use the zone of their contact details
 */
record PersonPreferences(Map<Category, Set<Channel>> channels, Set<Category> optedOut, QuietHours quietHours,
        ZoneId timeZone) {

    /** By its IANA name, which people read better than "Z". */
    static final ZoneId UTC = ZoneId.of("UTC");
    static final Set<Channel> DEFAULT_CHANNELS = Collections.unmodifiableSet(EnumSet.of(Channel.EMAIL, Channel.IN_APP));
    static final PersonPreferences DEFAULTS = new PersonPreferences(Map.of(), Set.of(), null, null);
    /** Moved before quiet hours, a message goes this long before they start, not on their first minute. */
    static final Duration BEFORE_QUIET_HOURS = Duration.ofMinutes(1);

    PersonPreferences {
        Map<Category, Set<Channel>> copy = new EnumMap<>(Category.class);
        channels.forEach((category, chosen) -> copy.put(category, inOrder(chosen, Channel.class)));
        channels = Collections.unmodifiableMap(copy);
        optedOut = inOrder(optedOut, Category.class);
    }

    /** Every category with its channels, the defaults filled in. */
    Map<Category, Set<Channel>> channelsOfEveryCategory() {
        Map<Category, Set<Channel>> all = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            all.put(category, channels.getOrDefault(category, DEFAULT_CHANNELS));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * A mandatory category is never opted out of: it goes where the person chose, or by email and
     * in-app when they chose no channel at all for it, so that it reaches them somewhere.
     */
    Set<Channel> channelsFor(Category category, Set<Category> mandatory) {
        Set<Channel> chosen = channels.getOrDefault(category, DEFAULT_CHANNELS);
        if (mandatory.contains(category)) {
            return chosen.isEmpty() ? DEFAULT_CHANNELS : chosen;
        }
        return optedOut.contains(category) ? Set.of() : chosen;
    }

    PersonPreferences optedOutOf(Category category) {
        Set<Category> more = EnumSet.of(category);
        more.addAll(optedOut);
        return new PersonPreferences(channels, more, quietHours, timeZone);
    }

    /** Their own zone if they chose one, else the one given (their contact's), else UTC. */
    ZoneId zoneOr(ZoneId contactZone) {
        if (timeZone != null) {
            return timeZone;
        }
        return contactZone == null ? UTC : contactZone;
    }

    /**
     * When a message due at {@code due} goes. Outside quiet hours (judged when it can go at the
     * earliest: {@code due}, or {@code now} if that passed), it is unchanged. In quiet hours it goes
     * when they end if that is no later than {@code notAfter} (null: no deadline); otherwise just
     * before they start, a reminder that would be pointless after them being better early than
     * never; never earlier than {@code now}.
     */
    Instant deliveryTime(ZoneId contactZone, Instant due, Instant notAfter, Instant now) {
        if (quietHours == null) {
            return due;
        }
        Instant earliest = due.isBefore(now) ? now : due;
        Optional<QuietHours.Period> quiet = quietHours.around(earliest, zoneOr(contactZone));
        if (quiet.isEmpty()) {
            return due;
        }
        Instant after = quiet.get().end();
        if (notAfter == null || !after.isAfter(notAfter)) {
            return after;
        }
        Instant before = quiet.get().start().minus(BEFORE_QUIET_HOURS);
        return before.isBefore(now) ? now : before;
    }

    private static <E extends Enum<E>> Set<E> inOrder(Set<E> values, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
