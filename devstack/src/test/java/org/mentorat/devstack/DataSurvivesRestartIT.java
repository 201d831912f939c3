package org.mentorat.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of {@code ./devstack/run}: what the services wrote before Ctrl-C is there after the
 * next start. Runs the real broker child process from kafka-broker/target/lib and the H2-backed
 * store, writes through the real clients, stops both, starts them again and reads it back.
 */
class DataSurvivesRestartIT {

    private static final String HOST = "127.0.0.1";
    private static final Path KAFKA_LIB = Path.of(System.getProperty("devstack.kafka.lib", "kafka-broker/target/lib"));
    private static final Duration BROKER_START = Duration.ofMinutes(2);

    @TempDir
    Path data;

    @Test
    void eventsAndDocumentsWrittenBeforeAStopAreThereAfterTheNextStart() throws Exception {
        KafkaBroker.Settings kafkaSettings = new KafkaBroker.Settings(
                data.resolve("kafka"), data.resolve("logs"), KAFKA_LIB, HOST, TestPorts.free(), TestPorts.free());
        Path mongoFile = data.resolve("mongo").resolve("mentorat.mv");

        String clusterId;
        try (KafkaBroker kafka = KafkaBroker.start(kafkaSettings);
             EmbeddedMongo mongo = EmbeddedMongo.start(mongoFile, HOST, 0)) {
            kafka.awaitReady(BROKER_START);
            clusterId = kafka.clusterId();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                people(client).insertOne(new Document("_id", "person-1").append("tenantId", "demo").append("name", "Ada"));
            }
            try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
                producer.send(new ProducerRecord<>("profile-events", "person-1", "{\"name\":\"Ada\"}")).get();
            }
        }
        assertThat(Files.readString(data.resolve("logs").resolve("kafka.log"))).contains("Kafka Server started");

        try (KafkaBroker kafka = KafkaBroker.start(kafkaSettings);
             EmbeddedMongo mongo = EmbeddedMongo.start(mongoFile, HOST, 0)) {
            kafka.awaitReady(BROKER_START);
            assertThat(kafka.clusterId()).isEqualTo(clusterId);
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                Document person = people(client).find(new Document("_id", "person-1")).first();
                assertThat(person).isNotNull();
                assertThat(person.getString("name")).isEqualTo("Ada");
            }
            try (KafkaConsumer<String, String> consumer = consumer(kafka.bootstrapServers())) {
                consumer.subscribe(List.of("profile-events"));
                List<ConsumerRecord<String, String>> received = new ArrayList<>();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                    assertThat(received).extracting(ConsumerRecord::key).containsExactly("person-1");
                });
                assertThat(received.getFirst().value()).isEqualTo("{\"name\":\"Ada\"}");
            }
        }
    }

    private static MongoCollection<Document> people(MongoClient client) {
        return client.getDatabase("profile").getCollection("people");
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }
}
