package org.mentorat.testkit;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** With a Docker engine: the real {@code apache/kafka} and {@code mongo} images. */
final class ContainerInfrastructure implements SharedInfrastructure.StartedInfrastructure {

    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    private static final String MONGO_IMAGE = "mongo:8.0";

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;

    private ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    static ContainerInfrastructure start() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        return new ContainerInfrastructure(kafka, mongo);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri(String database) {
        return mongo.getReplicaSetUrl(database);
    }

    @Override
    public String description() {
        return "Testcontainers " + KAFKA_IMAGE + " and " + MONGO_IMAGE;
    }

    @Override
    public void stop() {
        kafka.stop();
        mongo.stop();
    }
}
