package org.mentorat.profile.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * A tenant's employee as Mentorat knows them.
 *
 * @param modifiedAt when the profile last changed (SCIM's {@code meta.lastModified}); null while it
 *     never changed since its creation, or for a change stored before this was recorded
 * @param directory what the identity provider last sent over SCIM; null for a person it never
 *     provisioned (REST, CSV)
 */
public record Person(String id, long version, @JsonUnwrapped PersonDraft profile, @JsonIgnore Instant modifiedAt,
        @JsonIgnore DirectoryRecord directory) {

    public Person(String id, long version, PersonDraft profile) {
        this(id, version, profile, null, null);
    }

    public Person(String id, long version, PersonDraft profile, Instant modifiedAt) {
        this(id, version, profile, modifiedAt, null);
    }

    @JsonIgnore
    public boolean isActive() {
        return Boolean.TRUE.equals(profile.active());
    }
}
