package org.mentorat.benchmarks.notification;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How late each reminder arrived: its first arrival at the mail server minus its due time, in
 * seconds; the recipient's address tells which reminder a mail is.
 */
record Lateness(int count, double p50, double p90, double p99, double max, double min, long early) {

    static Lateness of(List<MailCatcher.Arrival> arrivals, long[] dueMillis) {
        Map<Integer, Long> firstArrival = new HashMap<>();
        for (MailCatcher.Arrival arrival : arrivals) {
            firstArrival.merge(indexOf(arrival.recipient()), arrival.atMillis(), Math::min);
        }
        long[] late = firstArrival.entrySet().stream()
                .mapToLong(entry -> entry.getValue() - dueMillis[entry.getKey()]).sorted().toArray();
        if (late.length == 0) {
            return new Lateness(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new Lateness(late.length, at(late, 0.50), at(late, 0.90), at(late, 0.99), late[late.length - 1] / 1000.0,
                late[0] / 1000.0, Arrays.stream(late).filter(millis -> millis < 0).count());
    }

    private static int indexOf(String address) {
        return Integer.parseInt(address.substring(1, address.indexOf('@')));
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
