package org.mentorat.notification.preference;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.message.Category;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;

/**
 * A person's whole set of preferences, replacing the previous one. Categories left out of
 * {@code channels} go by email and in-app; an empty list mutes a category like opting out does.
 *
 * @param quietHours null for none
 * @param timeZone an IANA zone such as {@code Europe/Paris}; null to go by the profile's
 */
record PreferencesRequest(
        @Size(max = MAX_CATEGORIES) @Schema(description = "Per category, its channels: at most " + MAX_CHANNELS)
        Map<Category, @Size(max = MAX_CHANNELS) List<Channel>> channels,
        @Size(max = MAX_CATEGORIES) Set<Category> optedOut,
        Quiet quietHours,
        @Size(max = MAX_ZONE_LENGTH) @Schema(example = "Europe/Paris") String timeZone) {

    /** Bounds of the lists: no more entries than there are categories and channels, with room to add some. */
    static final int MAX_CATEGORIES = 32;
    static final int MAX_CHANNELS = 8;
    static final int MAX_ZONE_LENGTH = 64;

    /** @throws InvalidRequestException naming every field at fault */
    PersonPreferences toPreferences() {
        List<FieldError> problems = new ArrayList<>();
        Map<Category, Set<Channel>> chosen = new EnumMap<>(Category.class);
        if (channels != null) {
            channels.forEach((category, picked) -> {
                if (picked == null || picked.contains(null)) {
                    problems.add(new FieldError("channels." + category, "must be a list of channels"));
                } else {
                    chosen.put(category, picked.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(picked));
                }
            });
        }
        if (optedOut != null && optedOut.contains(null)) {
            problems.add(new FieldError("optedOut", "must be a list of categories"));
        }
        if (quietHours != null) {
            quietHours.check(problems);
        }
        if (timeZone != null && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            problems.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Paris"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new PersonPreferences(chosen, optedOut == null ? Set.of() : optedOut,
                quietHours == null ? null : new QuietHours(quietHours.start(), quietHours.end()),
                timeZone == null ? null : ZoneId.of(timeZone));
    }

    /** A wall-clock time as people write it: {@code 22:00} or {@code 22:00:30}. */
    static final String QUIET_TIME = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";

    /** Quiet hours as written: {@code "22:00"} to {@code "07:00"} spans midnight. */
    record Quiet(@Schema(type = "string", pattern = QUIET_TIME, maxLength = 8, example = "22:00") LocalTime start,
            @Schema(type = "string", pattern = QUIET_TIME, maxLength = 8, example = "07:00") LocalTime end) {

        void check(List<FieldError> problems) {
            if (start == null) {
                problems.add(new FieldError("quietHours.start", "is required, a time such as 22:00"));
            }
            if (end == null) {
                problems.add(new FieldError("quietHours.end", "is required, a time such as 07:00"));
            } else if (end.equals(start)) {
                problems.add(new FieldError("quietHours.end", "must differ from start"));
            }
        }
    }
}
