package org.mentorat.benchmarks.notification;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Where the service waits on its database: the time of each kind of command, as its MongoDB driver
 * sees it, summed over a step. A kind is the command, its collection and the top-level keys of its
 * filter ({@code update dispatches {_id,tenantId,version}}), which tells a lookup the embedded
 * store answers from a unique index (a flat filter on exactly an index's keys) from one it answers
 * by reading the whole collection ({@code $and}, {@code $or}, ranges).
 */
final class StoreTimings implements CommandListener {

    private final Map<Integer, String> started = new ConcurrentHashMap<>();
    private final Map<String, Total> totals = new ConcurrentHashMap<>();

    private record Total(LongAdder count, LongAdder nanos) {

        Total() {
            this(new LongAdder(), new LongAdder());
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        BsonValue collection = command.get(event.getCommandName());
        started.put(event.getRequestId(), event.getCommandName() + " "
                + (collection != null && collection.isString() ? collection.asString().getValue() : "-")
                + " " + filterKeys(command));
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        add(event.getRequestId(), "", event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        add(event.getRequestId(), " (failed)", event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    /** The kinds of command that took longest in all since the last call, then starts afresh. */
    String topAndReset(int limit) {
        String top = totals.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Total> entry) -> entry.getValue().nanos.sum())
                        .reversed())
                .limit(limit)
                .map(entry -> String.format(Locale.ROOT, "  %-70s %,8d calls %,7.1f s %,7.2f ms each", entry.getKey(),
                        entry.getValue().count.sum(), entry.getValue().nanos.sum() / 1e9,
                        entry.getValue().nanos.sum() / 1e6 / Math.max(1, entry.getValue().count.sum())))
                .collect(Collectors.joining("\n"));
        totals.clear();
        return top;
    }

    private void add(int requestId, String outcome, long nanos) {
        String kind = started.remove(requestId);
        Total total = totals.computeIfAbsent((kind == null ? "?" : kind) + outcome, key -> new Total());
        total.count.increment();
        total.nanos.add(nanos);
    }

    private static String filterKeys(BsonDocument command) {
        BsonValue filter = command.get("filter");
        if (filter == null) {
            filter = command.get("query");
        }
        if (filter == null && command.containsKey("updates")) {
            filter = command.getArray("updates").get(0).asDocument().get("q");
        }
        if (filter == null && command.containsKey("deletes")) {
            filter = command.getArray("deletes").get(0).asDocument().get("q");
        }
        return filter != null && filter.isDocument() ? "{" + String.join(",", filter.asDocument().keySet()) + "}" : "";
    }
}
