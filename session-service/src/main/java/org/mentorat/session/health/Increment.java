package org.mentorat.session.health;

/** One figure of the program's report and how much an event moves it (negative: down). */
public record Increment(String figure, long by) {
}
