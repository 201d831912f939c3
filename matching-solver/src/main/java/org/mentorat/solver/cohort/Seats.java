package org.mentorat.solver.cohort;

import java.util.Arrays;

/**
 * Who sits with which mentor: each mentor owns a fixed block of seats (its capacity) in one array,
 * filled from the front. The last mentor is "unmatched", with a seat for every mentee.
 */
final class Seats {

    private static final int NOWHERE = -1;

    private final int[] firstSeat;
    private final int[] capacity;
    private final int[] load;
    private final int[] menteeAt;
    private final int[] mentorOf;
    private final int[] seatOf;

    Seats(CohortProblem problem) {
        int mentors = problem.mentorCount();
        capacity = new int[mentors + 1];
        firstSeat = new int[mentors + 2];
        for (int mentor = 0; mentor < mentors; mentor++) {
            capacity[mentor] = problem.capacity(mentor);
        }
        capacity[mentors] = problem.menteeCount();
        for (int mentor = 0; mentor <= mentors; mentor++) {
            firstSeat[mentor + 1] = firstSeat[mentor] + capacity[mentor];
        }
        load = new int[mentors + 1];
        menteeAt = new int[firstSeat[mentors + 1]];
        mentorOf = new int[problem.menteeCount()];
        seatOf = new int[problem.menteeCount()];
        Arrays.fill(mentorOf, NOWHERE);
    }

    boolean hasFreeSeat(int mentor) {
        return load[mentor] < capacity[mentor];
    }

    int firstSeat(int mentor) {
        return firstSeat[mentor];
    }

    int load(int mentor) {
        return load[mentor];
    }

    int menteeAt(int seat) {
        return menteeAt[seat];
    }

    /** The mentor a mentee sits with, {@code -1} before it is placed. */
    int mentorOf(int mentee) {
        return mentorOf[mentee];
    }

    int seatOf(int mentee) {
        return seatOf[mentee];
    }

    int addSeat(int mentor) {
        return firstSeat[mentor] + load[mentor]++;
    }

    void sit(int mentee, int mentor, int seat) {
        menteeAt[seat] = mentee;
        mentorOf[mentee] = mentor;
        seatOf[mentee] = seat;
    }
}
