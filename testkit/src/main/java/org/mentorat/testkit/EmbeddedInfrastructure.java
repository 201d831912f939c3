package org.mentorat.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * No Docker: spring-kafka-test's real KRaft broker (in this JVM, real network protocol) and
 * mongo-java-server, which speaks the MongoDB wire protocol to the real driver.
 */
final class EmbeddedInfrastructure implements SharedInfrastructure.StartedInfrastructure {

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final InetSocketAddress mongoAddress;

    private EmbeddedInfrastructure(EmbeddedKafkaKraftBroker kafka, MongoServer mongo, InetSocketAddress mongoAddress) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.mongoAddress = mongoAddress;
    }

    static EmbeddedInfrastructure start() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        return new EmbeddedInfrastructure(kafka, mongo, address);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoUri(String database) {
        return "mongodb://" + mongoAddress.getHostString() + ":" + mongoAddress.getPort() + "/" + database;
    }

    @Override
    public String description() {
        return "an embedded Kafka KRaft broker at " + kafkaBootstrapServers()
                + " and mongo-java-server at " + mongoUri("");
    }

    @Override
    public void stop() {
        kafka.destroy();
        mongo.shutdownNow();
    }
}
