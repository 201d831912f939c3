package org.mentorat.matching.scoring.fit;

import java.util.List;
import java.util.function.Function;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.PairInput;

/** Measures one criterion for a pair that passed the hard rules. */
public record CriterionMeasure(Criterion criterion, Function<PairInput, Measure> measurement) {

    /** Every criterion with its measure, in the order an explanation lists them. */
    public static final List<CriterionMeasure> ALL = List.of(
            new CriterionMeasure(Criterion.SKILLS, TopicFit::measure),
            new CriterionMeasure(Criterion.GOALS, GoalFit::measure),
            new CriterionMeasure(Criterion.LANGUAGES, LanguageFit::measure),
            new CriterionMeasure(Criterion.AVAILABILITY, AvailabilityFit::measure),
            new CriterionMeasure(Criterion.SENIORITY, SeniorityFit::measure),
            new CriterionMeasure(Criterion.STYLE, StyleFit::measure),
            new CriterionMeasure(Criterion.LOCATION, LocationFit::measure),
            new CriterionMeasure(Criterion.DEPARTMENT_DIVERSITY, DepartmentFit::measure));

    public Measure measure(PairInput pair) {
        return measurement.apply(pair);
    }
}
