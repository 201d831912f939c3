package org.mentorat.profile.scim;

import java.time.Instant;
import org.mentorat.profile.people.Person;

/** A person with the times SCIM reports in {@code meta}; either time may be unknown (null). */
record StoredUser(Person person, Instant created, Instant lastModified) {

    /** {@code meta.version} and the ETag header: weak, as it names the stored version, not the bytes. */
    String etag() {
        return "W/\"" + person.version() + "\"";
    }
}
