package org.mentorat.profile.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mentorat.platform.web.FieldError;
import org.mentorat.profile.web.CrossFieldChecked;

/**
 * Everything an administrator writes about a program: the body of a create and the target of a
 * merge patch. A program either runs as a cohort between two dates or is evergreen (no dates).
 *
 * @param evergreen derived from the dates when not given
 * @param relationshipWeeks how long a mentoring relationship is expected to last
 * @param sessionCadenceWeeks a session is expected every this many weeks
 * @param stallAfterDays a mentorship with no session for this many days is stalled
 * @param notifications reminders, mandatory notifications and digest recipients
 */
@CrossFieldChecked
record ProgramDefinition(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        ProgramType type,
        LocalDate cohortStart,
        LocalDate cohortEnd,
        Boolean evergreen,
        @Min(1) @Max(104) Integer relationshipWeeks,
        @Min(1) @Max(26) Integer sessionCadenceWeeks,
        @Min(7) @Max(365) Integer stallAfterDays,
        MatchingMode matchingMode,
        @Valid MatchingSettings matching,
        @Valid ProgramNotifications notifications) implements CrossFieldChecked.Checks {

    static final int DEFAULT_STALL_AFTER_DAYS = 30;

    ProgramDefinition withDefaults() {
        return new ProgramDefinition(name, description, type == null ? ProgramType.ONE_TO_ONE : type,
                cohortStart, cohortEnd, evergreen == null ? cohortStart == null && cohortEnd == null : evergreen,
                relationshipWeeks == null ? 26 : relationshipWeeks,
                sessionCadenceWeeks == null ? 2 : sessionCadenceWeeks,
                stallAfterDays == null ? DEFAULT_STALL_AFTER_DAYS : stallAfterDays,
                matchingMode == null ? MatchingMode.MENTEE_CHOOSES : matchingMode,
                (matching == null ? new MatchingSettings(null, null, null, null, null) : matching).withDefaults(),
                (notifications == null ? new ProgramNotifications(null, null, null) : notifications).withDefaults());
    }

    @Override
    public List<FieldError> crossFieldProblems() {
        return ProgramChecks.of(this);
    }

    /** True when {@code other} differs from this definition only in name or description. */
    boolean differsOnlyInWording(ProgramDefinition other) {
        return Objects.equals(new ProgramDefinition(other.name, other.description, type, cohortStart, cohortEnd,
                evergreen, relationshipWeeks, sessionCadenceWeeks, stallAfterDays, matchingMode, matching,
                notifications), other);
    }
}
