package org.mentorat.benchmarks.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Numbers by name ({@code --people 10000}), and the rest ({@code --name=value}) passed to the service as settings. */
record Options(Map<String, Long> numbers, List<String> serviceSettings) {

    static Options parse(String[] args, Map<String, Long> defaults) {
        Map<String, Long> numbers = new HashMap<>(defaults);
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].contains("=")) {
                settings.add(args[i]);
            } else if (numbers.containsKey(args[i]) && i + 1 < args.length) {
                numbers.put(args[i], Long.parseLong(args[++i]));
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + defaults.keySet()
                        + " and --<service setting>=<value>");
            }
        }
        return new Options(new TreeMap<>(numbers), List.copyOf(settings));
    }

    int number(String name) {
        return Math.toIntExact(numbers.get(name));
    }
}
