package org.mentorat.benchmarks;

import java.io.IOException;
import org.mentorat.testkit.TestInfrastructure;

/**
 * The broker and the database, in a JVM of their own so that the measured service's heap holds
 * only the service: an embedded Kafka KRaft broker and an in-memory mongo-java-server (or the
 * Testcontainers images where a Docker engine exists). Prints where they listen, then runs until
 * its standard input closes (the benchmark ended).
 */
public final class BenchmarkInfrastructure {

    static final String KAFKA = "KAFKA ";
    static final String MONGO = "MONGO ";

    private BenchmarkInfrastructure() {
    }

    public static void main(String[] args) throws IOException {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        System.out.println(KAFKA + infrastructure.kafkaBootstrapServers());
        System.out.println(MONGO + infrastructure.mongoUri("profile"));
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to go away
        }
        System.exit(0);
    }
}
