package org.mentorat.events.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A person enrolled in a program as a mentee, with what matching needs to know about them at that
 * moment, so that matching never calls profile-service. Subject: the enrollment id.
 *
 * @param topicsWanted under their canonical names in the tenant's skill taxonomy
 * @param goals the mentee's goals in their own words
 * @param programType the program's type ({@code ONE_TO_ONE}, {@code GROUP}, …)
 * @param employeeNumber with {@code managerEmployeeNumber}, lets matching rebuild reporting lines
 * @param seniorityLevel 1 (entry) to 10 (executive), null when unknown
 * @param skills the person's skills, canonical names with levels
 * @param timeZone IANA zone in which {@code availability} slots are expressed
 * @param preferredStyle the mentoring style wanted: {@code DIRECTIVE}, {@code COACHING},
 *     {@code COLLABORATIVE}, {@code FLEXIBLE}; null when not said
 * @param preferredKinds questionnaire top picks among {@code FORMAL}, {@code INFORMAL},
 *     {@code REVERSE}, {@code GROUP}, {@code PEER}, best first; empty when never answered
 * @param expectations questionnaire top picks among {@code GUIDANCE}, {@code FEEDBACK},
 *     {@code NETWORK}, {@code ACCOUNTABILITY}: what the mentee expects of a mentor, best first
 * @param kindScores questionnaire score in [0, 1] per kind of mentoring; empty when never answered
 * @param expectationScores questionnaire score in [0, 1] per expectation; empty when never answered
 */
@EventType(MenteeRegistered.TYPE)
public record MenteeRegistered(
        String enrollmentId,
        String programId,
        String personId,
        List<String> topicsWanted,
        List<String> languages,
        String department,
        String goals,
        Instant registeredAt,
        String programType,
        String employeeNumber,
        String managerEmployeeNumber,
        Integer seniorityLevel,
        List<SkillLevel> skills,
        String location,
        boolean remoteOk,
        String timeZone,
        Availability availability,
        String preferredStyle,
        List<String> preferredKinds,
        List<String> expectations,
        Map<String, Double> kindScores,
        Map<String, Double> expectationScores) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.mentee-registered.v1";
}
