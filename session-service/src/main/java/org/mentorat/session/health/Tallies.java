package org.mentorat.session.health;

/** A mentorship's goals, ratings and closing-survey answers, counted for its program's report. */
public record Tallies(long goalsSet, long goalsAchieved, long ratingSum, long ratingCount, long promoters,
        long passives, long detractors) {

    static final Tallies NONE = new Tallies(0, 0, 0, 0, 0, 0, 0);

    Tallies goalSet() {
        return new Tallies(goalsSet + 1, goalsAchieved, ratingSum, ratingCount, promoters, passives, detractors);
    }

    Tallies goalAchieved() {
        return new Tallies(goalsSet, goalsAchieved + 1, ratingSum, ratingCount, promoters, passives, detractors);
    }

    Tallies rated(int rating) {
        return new Tallies(goalsSet, goalsAchieved, ratingSum + rating, ratingCount + 1, promoters, passives,
                detractors);
    }

    /** Net Promoter buckets: 9–10 promote, 7–8 are passive, 0–6 detract. */
    Tallies recommended(int score) {
        return new Tallies(goalsSet, goalsAchieved, ratingSum, ratingCount, promoters + (score >= 9 ? 1 : 0),
                passives + (score == 7 || score == 8 ? 1 : 0), detractors + (score <= 6 ? 1 : 0));
    }
}
