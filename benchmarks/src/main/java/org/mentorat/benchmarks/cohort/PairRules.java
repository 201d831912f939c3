package org.mentorat.benchmarks.cohort;

/**
 * The generated cohort's hard rules and score, a simplified stand-in for matching-service's
 * PairScorer, which is too slow to call on the 500 million pairs of a 50,000 × 10,000 cohort.
 *
 * <p>A pair is allowed when they share a language, the mentor is more senior, the mentor is from
 * another department if the mentee's programme asks for that, and the mentor teaches at least one
 * skill the mentee wants above the mentee's level (the caller finds those through a skill index,
 * so that only such mentors are looked at). Its score, in thousandths: 55 % skill fit (each wanted
 * skill weighted by importance, more for a bigger level gap), 20 % shared interests (Jaccard of
 * topics), 15 % seniority gap (two levels is best), 10 % same first language.
 */
final class PairRules {

    /** Importance of a mentee's 1st, 2nd, 3rd and 4th wanted skill. */
    private static final double[] SKILL_WEIGHT = {0.5, 0.3, 0.2, 0.1};

    private PairRules() {
    }

    static boolean allowed(Person mentee, Person mentor) {
        return (mentee.languages() & mentor.languages()) != 0
                && mentor.seniority() > mentee.seniority()
                && !(mentee.otherDepartmentOnly() && mentee.department() == mentor.department());
    }

    /** The part of the skill fit one wanted skill brings, taught at {@code mentorLevel}. */
    static double skillFit(Person mentee, int wantedIndex, int mentorLevel) {
        int gap = mentorLevel - mentee.levels()[wantedIndex];
        if (gap <= 0) {
            return 0;
        }
        double weightSum = 0;
        for (int i = 0; i < mentee.skills().length; i++) {
            weightSum += SKILL_WEIGHT[i];
        }
        return SKILL_WEIGHT[wantedIndex] / weightSum * Math.min(1, gap / 3.0);
    }

    /** The score in thousandths, given the pair's summed {@link #skillFit}. */
    static int scoreThousandths(Person mentee, Person mentor, double skillFit) {
        double topics = (double) Long.bitCount(mentee.topics() & mentor.topics())
                / Long.bitCount(mentee.topics() | mentor.topics());
        int gap = mentor.seniority() - mentee.seniority();
        double seniority = gap == 2 ? 1 : gap == 1 || gap == 3 ? 0.6 : 0.3;
        double language = mentee.firstLanguage() == mentor.firstLanguage() ? 1 : 0.5;
        double score = 0.55 * Math.min(1, skillFit) + 0.2 * topics + 0.15 * seniority + 0.1 * language;
        return (int) Math.round(Math.min(1, score) * 1000);
    }
}
