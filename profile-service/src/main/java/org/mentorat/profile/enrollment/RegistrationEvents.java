package org.mentorat.profile.enrollment;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.SkillLevel;
import org.mentorat.events.profile.WeeklySlot;
import org.mentorat.profile.people.CanonicalNames;
import org.mentorat.profile.people.PersonDraft;
import org.mentorat.profile.program.ProgramType;
import org.mentorat.profile.questionnaire.QuestionnaireResult;

/**
 * What an enrolment tells matching: the enrolment itself plus a snapshot of the person's profile
 * and questionnaire result at that moment, so that matching can score and rule out pairs from
 * its own read model without ever calling profile-service.
 */
final class RegistrationEvents {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private RegistrationEvents() {
    }

    static DomainEvent of(Enrollment enrollment, PersonDraft person, ProgramType programType,
            Optional<QuestionnaireResult> questionnaire, CanonicalNames names) {
        List<SkillLevel> skills = person.skills().stream()
                .map(skill -> new SkillLevel(names.of(skill.name()), skill.level())).toList();
        org.mentorat.events.profile.Availability availability = availability(enrollment.availability());
        String style = enrollment.style() == null ? null : enrollment.style().name();
        List<String> kinds = questionnaire.map(q -> q.preferredKinds().stream().map(Enum::name).toList())
                .orElse(List.of());
        List<String> expectations = questionnaire.map(q -> q.expectations().stream().map(Enum::name).toList())
                .orElse(List.of());
        Map<String, Double> kindScores = questionnaire.map(q -> named(q.kindScores())).orElse(Map.of());
        Map<String, Double> expectationScores = questionnaire.map(q -> named(q.expectationScores())).orElse(Map.of());
        boolean remoteOk = !Boolean.FALSE.equals(person.remoteOk());
        String timeZone = person.timeZone() == null ? "UTC" : person.timeZone();
        return switch (enrollment.role()) {
            case MENTOR -> new MentorRegistered(enrollment.id(), enrollment.programId(), enrollment.personId(),
                    enrollment.capacity(), names.of(enrollment.topics()), person.languages(), person.department(),
                    enrollment.enrolledAt(), programType.name(), person.employeeNumber(),
                    person.managerEmployeeNumber(), person.seniorityLevel(), skills, person.location(), remoteOk,
                    timeZone, availability, style, kinds, expectations, kindScores, expectationScores);
            case MENTEE -> new MenteeRegistered(enrollment.id(), enrollment.programId(), enrollment.personId(),
                    names.of(enrollment.topics()), person.languages(), person.department(), enrollment.goals(),
                    enrollment.enrolledAt(), programType.name(), person.employeeNumber(),
                    person.managerEmployeeNumber(), person.seniorityLevel(), skills, person.location(), remoteOk,
                    timeZone, availability, style, kinds, expectations, kindScores, expectationScores);
        };
    }

    private static org.mentorat.events.profile.Availability availability(Availability availability) {
        return new org.mentorat.events.profile.Availability(availability.hoursPerMonth(),
                availability.weeklySlots().stream()
                        .map(slot -> new WeeklySlot(slot.day().name(), slot.start().format(HOURS_MINUTES),
                                slot.end().format(HOURS_MINUTES)))
                        .toList());
    }

    private static Map<String, Double> named(Map<? extends Enum<?>, Double> scores) {
        Map<String, Double> named = new LinkedHashMap<>();
        scores.forEach((item, score) -> named.put(item.name(), score));
        return named;
    }
}
