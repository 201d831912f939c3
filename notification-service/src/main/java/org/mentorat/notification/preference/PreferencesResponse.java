package org.mentorat.notification.preference;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.message.Category;

/**
 * A person's preferences as they see them: every category with its channels.
 *
 * @param timeZone the zone they chose, null when they go by their profile's
 * @param effectiveTimeZone the zone their quiet hours are in: theirs, else their profile's, else UTC
 */
record PreferencesResponse(Map<Category, Set<Channel>> channels, Set<Category> optedOut, Quiet quietHours,
        String timeZone, String effectiveTimeZone) {

    static PreferencesResponse of(PersonPreferences preferences, ZoneId contactZone) {
        QuietHours quiet = preferences.quietHours();
        return new PreferencesResponse(preferences.channelsOfEveryCategory(), preferences.optedOut(),
                quiet == null ? null : new Quiet(quiet.start().toString(), quiet.end().toString()),
                preferences.timeZone() == null ? null : preferences.timeZone().getId(),
                preferences.zoneOr(contactZone).getId());
    }

    /** As the person writes them, {@code "22:00"}: minutes, and seconds only if they gave some. */
    record Quiet(String start, String end) {
    }
}
