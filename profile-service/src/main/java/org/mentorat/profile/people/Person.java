package org.mentorat.profile.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * A tenant's employee as Mentorat knows them.
 *
 * @param modifiedAt when the profile last changed (SCIM's {@code meta.lastModified}); null while it
 *     never changed since its creation, or for a change stored before this was recorded
 */
public record Person(String id, long version, @JsonUnwrapped PersonDraft profile, @JsonIgnore Instant modifiedAt) {

    public Person(String id, long version, PersonDraft profile) {
        this(id, version, profile, null);
    }

    @JsonIgnore
    public boolean isActive() {
        return Boolean.TRUE.equals(profile.active());
    }
}
