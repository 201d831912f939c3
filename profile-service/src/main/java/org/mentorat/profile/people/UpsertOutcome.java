package org.mentorat.profile.people;

import java.util.List;

/** What an idempotent upsert did (or, in a dry run, would do) to one person. */
public record UpsertOutcome(String personId, Kind kind, List<String> changedFields) {

    public enum Kind {
        CREATED, UPDATED, UNCHANGED
    }
}
