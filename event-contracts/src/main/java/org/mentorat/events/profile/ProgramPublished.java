package org.mentorat.events.profile;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A program opened for enrolment, with everything matching needs to run it. A published program's
 * settings never change afterwards (only its name and description may), so this event is the
 * whole truth about them. Subject: the program id.
 *
 * @param cohortStart ISO date, null for an evergreen program
 * @param cohortEnd ISO date, null for an evergreen program
 * @param relationshipWeeks how long a mentoring relationship is expected to last
 * @param sessionCadenceWeeks a session is expected every this many weeks
 * @param matchingMode {@code MENTEE_CHOOSES} (from suggestions) or {@code ADMIN_COHORT} (runs)
 * @param optimizeFor {@code QUALITY} or {@code COVERAGE} (as many mentees matched as possible first)
 * @param suggestionsShown how many suggestions a mentee sees, 1 to 20
 * @param proposalExpiryDays a proposal nobody answers expires after this many days
 * @param stallAfterDays a mentorship with no session for this many days is stalled; null for the default (30)
 * @param reminderOffsets how long before a session its reminders go, as ISO-8601 durations
 *     ({@code ["PT24H","PT1H"]}); null for notification-service's defaults (24 h and 1 h)
 * @param mandatoryNotifications notification categories nobody in the program may opt out of
 *     ({@code MATCHES}, {@code MENTORSHIP}, {@code SESSIONS}, {@code REMINDERS}, {@code FEEDBACK},
 *     {@code NUDGES}, {@code GOALS}, {@code SURVEYS}, {@code DIGEST}); null for none
 * @param digestRecipientIds the person ids of the program's administrators who get its weekly
 *     digest; null for nobody
 */
@EventType(ProgramPublished.TYPE)
public record ProgramPublished(
        String programId,
        String name,
        String type,
        Instant publishedAt,
        String cohortStart,
        String cohortEnd,
        int relationshipWeeks,
        int sessionCadenceWeeks,
        String matchingMode,
        CriteriaWeights weights,
        HardRules rules,
        String optimizeFor,
        int suggestionsShown,
        int proposalExpiryDays,
        Integer stallAfterDays,
        List<String> reminderOffsets,
        List<String> mandatoryNotifications,
        List<String> digestRecipientIds) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.program-published.v1";

    /** The shape published before programs had notification settings: notification-service's defaults apply. */
    public ProgramPublished(String programId, String name, String type, Instant publishedAt, String cohortStart,
            String cohortEnd, int relationshipWeeks, int sessionCadenceWeeks, String matchingMode,
            CriteriaWeights weights, HardRules rules, String optimizeFor, int suggestionsShown,
            int proposalExpiryDays, Integer stallAfterDays) {
        this(programId, name, type, publishedAt, cohortStart, cohortEnd, relationshipWeeks, sessionCadenceWeeks,
                matchingMode, weights, rules, optimizeFor, suggestionsShown, proposalExpiryDays, stallAfterDays,
                null, null, null);
    }

    /** The shape published before programs had a stall threshold: the default threshold applies. */
    public ProgramPublished(String programId, String name, String type, Instant publishedAt, String cohortStart,
            String cohortEnd, int relationshipWeeks, int sessionCadenceWeeks, String matchingMode,
            CriteriaWeights weights, HardRules rules, String optimizeFor, int suggestionsShown,
            int proposalExpiryDays) {
        this(programId, name, type, publishedAt, cohortStart, cohortEnd, relationshipWeeks, sessionCadenceWeeks,
                matchingMode, weights, rules, optimizeFor, suggestionsShown, proposalExpiryDays, (Integer) null);
    }

    /** Each criterion's weight (≥ 0) in a pair's score. */
    public record CriteriaWeights(
            double skills,
            double goals,
            double languages,
            double availability,
            double seniority,
            double style,
            double location,
            double departmentDiversity) {
    }

    /**
     * Rules that exclude a pair before scoring.
     *
     * @param reportingLineLevels exclude a mentor up to this many levels above or below the mentee
     *     in the same reporting line; 0 turns the rule off
     * @param department {@code SAME}, {@code DIFFERENT} or {@code ANY}
     * @param minSeniorityGap mentor's level minus mentee's (the reverse in {@code REVERSE}
     *     programs), at least this; null for no minimum
     * @param maxSeniorityGap the same gap, at most this; null for no maximum
     */
    public record HardRules(
            int reportingLineLevels,
            boolean requireSharedLanguage,
            String department,
            Integer minSeniorityGap,
            Integer maxSeniorityGap) {
    }
}
