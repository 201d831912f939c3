package org.mentorat.notification.preference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.mentorat.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own preferences; no role is needed because nobody can reach anyone else's. */
@RestController
@Tag(name = "Notification preferences", description = "How and when the caller is notified: channels per "
        + "category, opt-outs, quiet hours.")
@RequestMapping("/api/v1/notification-preferences")
class PreferenceController {

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/me")
    @Operation(operationId = "getMyNotificationPreferences", summary = "Read my notification preferences",
            description = "Every category with the channels it goes by (email and in-app unless chosen otherwise), "
                    + "the categories opted out of, quiet hours and the time zone they are in.")
    PreferencesResponse mine(Caller caller) {
        return preferences.mine(caller.tenantId(), caller.subject());
    }

    /** Replaces the whole set: what the body leaves out goes back to the defaults. */
    @PutMapping("/me")
    @Operation(operationId = "replaceMyNotificationPreferences", summary = "Replace my notification preferences",
            description = "Replaces the whole set: categories left out of `channels` go back to email and in-app, an "
                    + "empty list mutes a category. Quiet hours spanning midnight are written 22:00 to 07:00.")
    PreferencesResponse replace(@Valid @RequestBody PreferencesRequest request, Caller caller) {
        return preferences.replace(caller.tenantId(), caller.subject(), request.toPreferences());
    }
}
