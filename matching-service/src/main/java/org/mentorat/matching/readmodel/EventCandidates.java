package org.mentorat.matching.readmodel;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.mentorat.events.profile.Availability;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.matching.scoring.rule.HardRules;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.Skill;
import org.mentorat.matching.scoring.vocabulary.Slot;
import org.mentorat.matching.scoring.vocabulary.Weights;

/** Reads scoring's inputs from profile-service's events, the only place that knows the wire format. */
public final class EventCandidates {

    private EventCandidates() {
    }

    public static Candidate mentor(MentorRegistered event) {
        return new Candidate(event.personId(), event.employeeNumber(), event.managerEmployeeNumber(),
                event.department(), event.seniorityLevel(), event.languages(), skills(event.skills()), event.topics(),
                null, event.style(), event.location(), event.remoteOk(), zone(event.timeZone()),
                slots(event.availability()), hours(event.availability()), event.preferredKinds(), event.expectations());
    }

    public static Candidate mentee(MenteeRegistered event) {
        return new Candidate(event.personId(), event.employeeNumber(), event.managerEmployeeNumber(),
                event.department(), event.seniorityLevel(), event.languages(), skills(event.skills()),
                event.topicsWanted(), event.goals(), event.preferredStyle(), event.location(), event.remoteOk(),
                zone(event.timeZone()), slots(event.availability()), hours(event.availability()),
                event.preferredKinds(), event.expectations());
    }

    public static ProgramRules program(ProgramPublished event) {
        ProgramPublished.CriteriaWeights w = event.weights();
        EnumMap<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.SKILLS, w.skills());
        weights.put(Criterion.GOALS, w.goals());
        weights.put(Criterion.LANGUAGES, w.languages());
        weights.put(Criterion.AVAILABILITY, w.availability());
        weights.put(Criterion.SENIORITY, w.seniority());
        weights.put(Criterion.STYLE, w.style());
        weights.put(Criterion.LOCATION, w.location());
        weights.put(Criterion.DEPARTMENT_DIVERSITY, w.departmentDiversity());
        ProgramPublished.HardRules rules = event.rules();
        return new ProgramRules(ProgramType.valueOf(event.type().toUpperCase(Locale.ROOT)), new Weights(weights),
                rules.reportingLineLevels(), rules.requireSharedLanguage(),
                rules.department() == null ? DepartmentPolicy.ANY
                        : DepartmentPolicy.valueOf(rules.department().toUpperCase(Locale.ROOT)),
                rules.minSeniorityGap(), rules.maxSeniorityGap());
    }

    private static List<Skill> skills(List<org.mentorat.events.profile.SkillLevel> skills) {
        return skills == null ? List.of() : skills.stream().map(s -> new Skill(s.name(), s.level())).toList();
    }

    private static ZoneId zone(String timeZone) {
        return timeZone == null || timeZone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(timeZone);
    }

    private static List<Slot> slots(Availability availability) {
        if (availability == null || availability.weeklySlots() == null) {
            return List.of();
        }
        return availability.weeklySlots().stream().map(s -> Slot.of(s.day(), s.start(), s.end())).toList();
    }

    private static Integer hours(Availability availability) {
        return availability == null ? null : availability.hoursPerMonth();
    }
}
