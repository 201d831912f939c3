package org.mentorat.testkit;

/** The broker and database every integration test in this JVM shares. */
public interface TestInfrastructure {

    String kafkaBootstrapServers();

    String mongoUri(String database);

    String description();

    static TestInfrastructure shared() {
        return SharedInfrastructure.get();
    }
}
