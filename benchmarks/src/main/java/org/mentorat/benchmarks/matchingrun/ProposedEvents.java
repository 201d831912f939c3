package org.mentorat.benchmarks.matchingrun;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.platform.events.CloudEventRecords;

/**
 * Counts the MatchProposed events of one tenant on matching-events, as they arrive: what
 * downstream services (notifications, the mentee's inbox) are told, to be compared with the run's
 * matched figure. Reads incrementally, so that polling costs the broker little while it is busy.
 */
final class ProposedEvents implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final String tenant;
    private long count;

    /** Starts at the beginning of the topic: the tenant is new, earlier records are others'. */
    ProposedEvents(String bootstrapServers, String tenant) {
        this.tenant = tenant;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        this.partitions = consumer.partitionsFor(Topics.MATCHING_EVENTS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** How many the broker holds now: reads up to the end offsets of the moment. */
    long count() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (MatchProposed.TYPE.equals(header(record, "ce_type"))
                        && tenant.equals(header(record, "ce_" + CloudEventRecords.TENANT_EXTENSION))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
