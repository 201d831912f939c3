package org.mentorat.profile.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Duration;
import java.time.Instant;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;

/**
 * A mentoring program of one tenant. It is prepared as a draft, opened for enrolment by publishing
 * it, and closed at its end. Once published its settings are frozen (only its wording may change),
 * so that ProgramPublished tells matching the whole truth about how to run it.
 */
public record Program(
        String id,
        long version,
        ProgramStatus status,
        @JsonUnwrapped ProgramDefinition definition,
        Instant createdAt,
        Instant publishedAt,
        Instant closedAt) {

    static Program draft(String id, ProgramDefinition definition, Instant now) {
        return new Program(id, 1, ProgramStatus.DRAFT, definition, now, null, null);
    }

    @JsonIgnore
    public ProgramType programType() {
        return definition.type();
    }

    @JsonIgnore
    public boolean isOpenForEnrolment() {
        return status == ProgramStatus.PUBLISHED;
    }

    Changed<Program> publish(Instant now) {
        requireStatus(ProgramStatus.DRAFT, "published");
        Program published = new Program(id, version, ProgramStatus.PUBLISHED, definition, createdAt, now, null);
        return Changed.of(published, published.publishedEvent());
    }

    Changed<Program> close(Instant now) {
        requireStatus(ProgramStatus.PUBLISHED, "closed");
        return Changed.of(new Program(id, version, ProgramStatus.CLOSED, definition, createdAt, publishedAt, now),
                new ProgramClosed(id, now));
    }

    /** A draft may change in every respect; a published or closed program only in its wording. */
    Changed<Program> revise(ProgramDefinition next) {
        if (status != ProgramStatus.DRAFT && !definition.differsOnlyInWording(next)) {
            throw new ConflictException("program-not-editable", "Program " + id + " is " + status
                    + "; only its name and description may change.");
        }
        return Changed.of(new Program(id, version, status, next, createdAt, publishedAt, closedAt));
    }

    private void requireStatus(ProgramStatus required, String becoming) {
        if (status != required) {
            throw new ConflictException("illegal-transition", "Program " + id + " is " + status
                    + "; only a " + required + " program can be " + becoming + ".");
        }
    }

    private ProgramPublished publishedEvent() {
        ProgramDefinition d = definition;
        MatchingSettings m = d.matching();
        ProgramNotifications n = d.notifications();
        return new ProgramPublished(id, d.name(), d.type().name(), publishedAt,
                d.cohortStart() == null ? null : d.cohortStart().toString(),
                d.cohortEnd() == null ? null : d.cohortEnd().toString(),
                d.relationshipWeeks(), d.sessionCadenceWeeks(), d.matchingMode().name(),
                m.weights().published(), m.rules().published(), m.optimizeFor().name(), m.suggestionsShown(),
                m.proposalExpiryDays(), d.stallAfterDays(),
                n.reminderOffsets().stream().map(Duration::toString).toList(),
                n.mandatoryCategories().stream().map(Enum::name).toList(), n.digestRecipientIds());
    }
}
