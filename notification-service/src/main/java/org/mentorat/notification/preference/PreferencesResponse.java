package org.mentorat.notification.preference;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
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
record PreferencesResponse(
        @Size(max = PreferencesRequest.MAX_CATEGORIES)
        @Schema(description = "Every category with its channels: at most " + PreferencesRequest.MAX_CHANNELS)
        Map<Category, @Size(max = PreferencesRequest.MAX_CHANNELS) Set<Channel>> channels,
        @Size(max = PreferencesRequest.MAX_CATEGORIES) Set<Category> optedOut,
        Quiet quietHours,
        @Schema(maxLength = PreferencesRequest.MAX_ZONE_LENGTH, example = "Europe/Paris") String timeZone,
        @Schema(maxLength = PreferencesRequest.MAX_ZONE_LENGTH, example = "UTC") String effectiveTimeZone) {

    static PreferencesResponse of(PersonPreferences preferences, ZoneId contactZone) {
        QuietHours quiet = preferences.quietHours();
        return new PreferencesResponse(preferences.channelsOfEveryCategory(), preferences.optedOut(),
                quiet == null ? null : new Quiet(quiet.start().toString(), quiet.end().toString()),
                preferences.timeZone() == null ? null : preferences.timeZone().getId(),
                preferences.zoneOr(contactZone).getId());
    }

    /** As the person writes them, {@code "22:00"}: minutes, and seconds only if they gave some. */
    record Quiet(@Schema(pattern = PreferencesRequest.QUIET_TIME, maxLength = 8, example = "22:00") String start,
            @Schema(pattern = PreferencesRequest.QUIET_TIME, maxLength = 8, example = "07:00") String end) {
    }
}
