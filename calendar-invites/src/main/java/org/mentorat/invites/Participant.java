package org.mentorat.invites;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Someone an invite names: the name calendars show (empty when unknown) and the e-mail address
 * their calendar answers from.
 */
public record Participant(String name, String email) {

    public Participant {
        Objects.requireNonNull(email, "email");
        name = name == null ? "" : name.strip();
    }

    /** Quoted where a URI forbids a character (a space, a percent sign), so that any address makes a valid URI. */
    URI mailto() {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + email, e);
        }
    }

    boolean isSameAddressAs(Participant other) {
        return other != null && email.equalsIgnoreCase(other.email);
    }
}
