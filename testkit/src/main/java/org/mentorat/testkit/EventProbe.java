package org.mentorat.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches topics on the real broker from the start, as an outside consumer would, so a test can
 * assert which events a service published. Use in try-with-resources.
 */
public final class EventProbe implements AutoCloseable {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();

    private EventProbe(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    public static EventProbe watching(String bootstrapServers, String... topics) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
        return new EventProbe(consumer);
    }

    /** Waits for a record whose headers and value satisfy the predicate, and returns it. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> matching) {
        return await(matching, DEFAULT_WAIT);
    }

    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> matching, Duration wait) {
        org.awaitility.Awaitility.await().atMost(wait).until(() -> {
            poll();
            return seen.stream().anyMatch(matching);
        });
        return seen.stream().filter(matching).findFirst().orElseThrow();
    }

    /** Records seen so far that match, after one more poll. */
    public List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> matching) {
        poll();
        return new ArrayList<>(seen.stream().filter(matching).toList());
    }

    public static Predicate<ConsumerRecord<String, byte[]>> ofType(String ceType) {
        return record -> ceType.equals(header(record, "ce_type"));
    }

    public static Predicate<ConsumerRecord<String, byte[]>> ofTypeAbout(String ceType, String subject) {
        return ofType(ceType).and(record -> subject.equals(header(record, "ce_subject")));
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    private synchronized void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
