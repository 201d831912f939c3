package org.mentorat.matching.scoring.ranking;

import org.mentorat.matching.scoring.fit.AvailabilityFit;
import org.mentorat.matching.scoring.fit.DepartmentFit;
import org.mentorat.matching.scoring.fit.GoalFit;
import org.mentorat.matching.scoring.fit.LanguageFit;
import org.mentorat.matching.scoring.fit.LocationFit;
import org.mentorat.matching.scoring.fit.Measure;
import org.mentorat.matching.scoring.fit.SeniorityFit;
import org.mentorat.matching.scoring.fit.StyleFit;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;

/**
 * {@link PairScorer}'s score and the hard rules that depend on what two people are (not on who
 * they are), computed from prepared people without allocating. Every value comes from the
 * criterion's own value function and the contributions are added in criterion order with the same
 * expression {@code weight × value / Σ weights}, so the score is identical to the bit. A criterion
 * of weight 0 is skipped: its contribution would be +0.0, which changes no sum.
 */
final class RankingScore {

    private static final int MAX_GAP = 9;

    private final ProgramRules program;
    private final double[] weights = new double[Criterion.values().length];
    private final double total;
    /** Indexed by mentor's level − mentee's level + {@link #MAX_GAP}. */
    private final double[] seniorityValue = new double[2 * MAX_GAP + 1];
    private final boolean[] gapAllowed = new boolean[2 * MAX_GAP + 1];
    private final boolean gapBounded;

    RankingScore(ProgramRules program) {
        this.program = program;
        for (Criterion criterion : Criterion.values()) {
            weights[criterion.ordinal()] = program.weights().of(criterion);
        }
        this.total = program.weights().total();
        Integer min = program.minSeniorityGap();
        Integer max = program.maxSeniorityGap();
        this.gapBounded = min != null || max != null;
        for (int raw = -MAX_GAP; raw <= MAX_GAP; raw++) {
            int gap = program.type() == ProgramType.REVERSE ? -raw : raw;
            seniorityValue[raw + MAX_GAP] = SeniorityFit.value(program.type(), gap);
            gapAllowed[raw + MAX_GAP] = (min == null || gap >= min) && (max == null || gap <= max);
        }
    }

    /** The shared-language, department and seniority-gap rules, exactly as {@code HardRules} applies them. */
    boolean allowed(Traits mentor, Traits mentee) {
        if (program.requireSharedLanguage() && !mentor.languages().intersects(mentee.languages())) {
            return false;
        }
        DepartmentPolicy policy = program.department();
        if (policy != DepartmentPolicy.ANY) {
            if (!Traits.bothKnown(mentor.department(), mentee.department())
                    || Traits.same(mentor.department(), mentee.department()) != (policy == DepartmentPolicy.SAME)) {
                return false;
            }
        }
        if (gapBounded) {
            return mentor.seniority() != 0 && mentee.seniority() != 0
                    && gapAllowed[mentor.seniority() - mentee.seniority() + MAX_GAP];
        }
        return true;
    }

    double score(PreparedMentor mentor, PreparedMentee mentee) {
        Traits a = mentor.traits();
        Traits b = mentee.traits();
        double score = 0;
        if (weighs(Criterion.SKILLS)) {
            score += contribution(Criterion.SKILLS, topics(mentor, mentee));
        }
        if (weighs(Criterion.GOALS)) {
            score += contribution(Criterion.GOALS, mentee.goals().size() == 0 ? Measure.UNKNOWN
                    : GoalFit.value(mentor.keywords().intersectionCount(mentee.goals()), mentee.goals().size()));
        }
        if (weighs(Criterion.LANGUAGES)) {
            score += contribution(Criterion.LANGUAGES, LanguageFit.value(
                    a.languages().size() > 0 && b.languages().size() > 0, a.languages().intersects(b.languages())));
        }
        if (weighs(Criterion.AVAILABILITY)) {
            score += contribution(Criterion.AVAILABILITY,
                    AvailabilityFit.value(b.week().total(), a.week().total(), overlap(a, mentee)));
        }
        if (weighs(Criterion.SENIORITY)) {
            score += contribution(Criterion.SENIORITY, a.seniority() == 0 || b.seniority() == 0 ? Measure.UNKNOWN
                    : seniorityValue[a.seniority() - b.seniority() + MAX_GAP]);
        }
        if (weighs(Criterion.STYLE)) {
            score += contribution(Criterion.STYLE, style(a, b));
        }
        if (weighs(Criterion.LOCATION)) {
            score += contribution(Criterion.LOCATION, LocationFit.value(Traits.same(a.location(), b.location()),
                    Traits.bothKnown(a.location(), b.location()), a.remoteOk(), b.remoteOk()));
        }
        if (weighs(Criterion.DEPARTMENT_DIVERSITY)) {
            score += contribution(Criterion.DEPARTMENT_DIVERSITY, DepartmentFit.value(program.department(),
                    Traits.bothKnown(a.department(), b.department()), Traits.same(a.department(), b.department())));
        }
        return Math.min(1.0, score);
    }

    private boolean weighs(Criterion criterion) {
        return weights[criterion.ordinal()] > 0;
    }

    /** {@link PairScorer}'s expression, to the letter. */
    private double contribution(Criterion criterion, double value) {
        return weights[criterion.ordinal()] * value / total;
    }

    /** The mentee's wanted minutes the mentor is free: {@link WeekMinutes#overlap}, by prefix counts if given. */
    private static int overlap(Traits mentor, PreparedMentee mentee) {
        int[] minutesBefore = mentee.minutesBefore();
        return minutesBefore == null ? mentee.traits().week().overlap(mentor.week()) : mentor.week().overlap(minutesBefore);
    }

    private static double style(Traits a, Traits b) {
        return StyleFit.value(
                StyleFit.style(Traits.bothKnown(a.style(), b.style()), Traits.same(a.style(), b.style()),
                        a.flexible() || b.flexible()),
                StyleFit.expectations(a.expectations().intersectionCount(b.expectations()), b.expectations().size(),
                        a.expectations().size()),
                StyleFit.overlapOfShorter(a.kinds().intersectionCount(b.kinds()), a.kinds().size(), b.kinds().size()));
    }

    /** {@link TopicFit}: credits added in the mentee's order, then divided by the number wanted. */
    private static double topics(PreparedMentor mentor, PreparedMentee mentee) {
        if (mentee.wantedCount() == 0) {
            return Measure.UNKNOWN;
        }
        double sum = 0;
        for (int topic : mentee.wantedTopics()) {
            sum += mentor.creditFor(topic);
        }
        return sum / mentee.wantedCount();
    }
}
