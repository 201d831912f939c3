package org.mentorat.benchmarks.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * How late each reminder arrived: its first arrival at the mail server minus its due time, in
 * seconds.
 */
record Lateness(int count, double p50, double p90, double p99, double max, double min) {

    /** @param indexOf which reminder a recipient's address is */
    static Lateness of(List<MailCatcher.Arrival> arrivals, long[] dueMillis, ToIntFunction<String> indexOf) {
        Map<Integer, Long> firstArrival = new HashMap<>();
        for (MailCatcher.Arrival arrival : arrivals) {
            firstArrival.merge(indexOf.applyAsInt(arrival.recipient()), arrival.atMillis(), Math::min);
        }
        long[] late = firstArrival.entrySet().stream()
                .mapToLong(entry -> entry.getValue() - dueMillis[entry.getKey()]).sorted().toArray();
        if (late.length == 0) {
            return new Lateness(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Lateness(late.length, at(late, 0.50), at(late, 0.90), at(late, 0.99), late[late.length - 1] / 1000.0,
                late[0] / 1000.0);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1000.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d reminders: p50 %.2f s, p90 %.2f s, p99 %.2f s, max %.2f s, min %.2f s",
                count, p50, p90, p99, max, min);
    }
}
