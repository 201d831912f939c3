package org.mentorat.notification.preference;

import org.mentorat.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own preferences; no role is needed because nobody can reach anyone else's. */
@RestController
@RequestMapping("/api/v1/notification-preferences")
class PreferenceController {

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/me")
    PreferencesResponse mine(Caller caller) {
        return preferences.mine(caller.tenantId(), caller.subject());
    }

    /** Replaces the whole set: what the body leaves out goes back to the defaults. */
    @PutMapping("/me")
    PreferencesResponse replace(@RequestBody PreferencesRequest request, Caller caller) {
        return preferences.replace(caller.tenantId(), caller.subject(), request.toPreferences());
    }
}
