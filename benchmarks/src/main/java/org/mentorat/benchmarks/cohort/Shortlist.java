package org.mentorat.benchmarks.cohort;

/**
 * One mentee's candidate mentors while its cohort is generated: each mentor is judged by the hard
 * rules once, its skill fit summed over the skills it teaches, and then only the best few are kept.
 * Arrays are reused from mentee to mentee (a stamp marks what this mentee has seen), because a
 * mentee of a 50,000 × 10,000 cohort may look at thousands of mentors.
 */
final class Shortlist {

    /** Receives a kept pair. */
    interface Sink {
        void accept(int mentor, int scoreThousandths);
    }

    private final int[] seenIn;
    private final boolean[] allowed;
    private final double[] fit;
    private final int[] candidates;
    private final int[] scores;
    private final int[] perScore = new int[1001];
    private int size;
    private int stamp;

    Shortlist(int mentors) {
        seenIn = new int[mentors];
        allowed = new boolean[mentors];
        fit = new double[mentors];
        candidates = new int[mentors];
        scores = new int[mentors];
    }

    void start() {
        stamp++;
        size = 0;
    }

    /** Whether the pair is allowed; the rule is asked only the first time this mentee meets the mentor. */
    boolean admits(int mentor, Person mentee, Person mentorPerson) {
        if (seenIn[mentor] != stamp) {
            seenIn[mentor] = stamp;
            allowed[mentor] = PairRules.allowed(mentee, mentorPerson);
            if (allowed[mentor]) {
                fit[mentor] = 0;
                candidates[size++] = mentor;
            }
        }
        return allowed[mentor];
    }

    void addFit(int mentor, double more) {
        fit[mentor] += more;
    }

    int size() {
        return size;
    }

    int mentor(int candidate) {
        return candidates[candidate];
    }

    double fit(int candidate) {
        return fit[candidates[candidate]];
    }

    void score(int candidate, int scoreThousandths) {
        scores[candidate] = scoreThousandths;
    }

    /**
     * Hands on the {@code count} best candidates scoring at least {@code minScore}. A histogram of
     * the scores finds the cut in linear time; ties at the cut go to the mentors met first.
     */
    void best(int count, int minScore, Sink sink) {
        for (int i = 0; i < size; i++) {
            perScore[scores[i]]++;
        }
        int cut = minScore;
        int atCut = Integer.MAX_VALUE;
        int above = 0;
        for (int score = perScore.length - 1; score >= minScore; score--) {
            if (above + perScore[score] >= count) {
                cut = score;
                atCut = count - above;
                break;
            }
            above += perScore[score];
        }
        for (int i = 0; i < size; i++) {
            int score = scores[i];
            perScore[score] = 0;
            if (score > cut || score == cut && atCut-- > 0) {
                sink.accept(candidates[i], score);
            }
        }
    }
}
