package org.mentorat.session.health;

/** Sessions held in one calendar month (UTC, {@code YYYY-MM}) and how many minutes they lasted. */
public record MonthTally(String month, long sessions, long minutes) {

    MonthTally plus(long moreMinutes) {
        return new MonthTally(month, sessions + 1, minutes + moreMinutes);
    }
}
