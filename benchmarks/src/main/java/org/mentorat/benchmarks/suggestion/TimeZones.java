package org.mentorat.benchmarks.suggestion;

import java.util.Random;

/** Forty IANA time zones with a city each, weighted like a company based in Europe with a large US side. */
final class TimeZones {

    record Zone(String id, String city, double weight) {
    }

    private static final Zone[] ZONES = {
        new Zone("Europe/Paris", "Paris", 22), new Zone("Europe/London", "London", 10),
        new Zone("Europe/Berlin", "Berlin", 6), new Zone("Europe/Madrid", "Madrid", 4),
        new Zone("Europe/Amsterdam", "Amsterdam", 3), new Zone("Europe/Brussels", "Brussels", 2),
        new Zone("Europe/Dublin", "Dublin", 2), new Zone("Europe/Lisbon", "Lisbon", 2),
        new Zone("Europe/Rome", "Milan", 2), new Zone("Europe/Zurich", "Zurich", 1.5),
        new Zone("Europe/Warsaw", "Warsaw", 1.5), new Zone("Europe/Stockholm", "Stockholm", 1),
        new Zone("Europe/Prague", "Prague", 1), new Zone("Europe/Bucharest", "Bucharest", 1),
        new Zone("Europe/Athens", "Athens", 0.5), new Zone("Europe/Istanbul", "Istanbul", 0.5),
        new Zone("America/New_York", "New York", 9), new Zone("America/Chicago", "Chicago", 4),
        new Zone("America/Los_Angeles", "San Francisco", 5), new Zone("America/Denver", "Denver", 1.5),
        new Zone("America/Toronto", "Toronto", 2), new Zone("America/Montreal", "Montreal", 1.5),
        new Zone("America/Phoenix", "Phoenix", 0.5), new Zone("America/Mexico_City", "Mexico City", 1),
        new Zone("America/Sao_Paulo", "Sao Paulo", 1.5), new Zone("America/Bogota", "Bogota", 0.5),
        new Zone("America/Argentina/Buenos_Aires", "Buenos Aires", 0.5),
        new Zone("Africa/Casablanca", "Casablanca", 2), new Zone("Africa/Tunis", "Tunis", 1),
        new Zone("Africa/Cairo", "Cairo", 1), new Zone("Africa/Lagos", "Lagos", 0.5),
        new Zone("Africa/Johannesburg", "Johannesburg", 0.5), new Zone("Asia/Dubai", "Dubai", 1.5),
        new Zone("Asia/Riyadh", "Riyadh", 0.5), new Zone("Asia/Kolkata", "Bangalore", 3),
        new Zone("Asia/Singapore", "Singapore", 1.5), new Zone("Asia/Shanghai", "Shanghai", 1),
        new Zone("Asia/Tokyo", "Tokyo", 1), new Zone("Australia/Sydney", "Sydney", 1),
        new Zone("Pacific/Auckland", "Auckland", 0.5)};
    private static final double TOTAL = java.util.Arrays.stream(ZONES).mapToDouble(Zone::weight).sum();

    private TimeZones() {
    }

    static Zone pick(Random random) {
        double point = random.nextDouble() * TOTAL;
        for (Zone zone : ZONES) {
            point -= zone.weight();
            if (point < 0) {
                return zone;
            }
        }
        return ZONES[ZONES.length - 1];
    }
}
