package org.mentorat.devstack;

import java.nio.file.Path;

/**
 * The files a single-node KRaft broker (broker and controller in one process) needs for local
 * development: one replica of everything, topics created on first use.
 */
record KafkaBrokerConfig(String host, int port, int controllerPort, Path dataDir) {

    private static final int NODE_ID = 1;

    String bootstrapServers() {
        return host + ":" + port;
    }

    String serverProperties() {
        return String.join("\n",
                "# written by devstack on every start; edit ServiceCatalog / KafkaBrokerConfig instead",
                "process.roles=broker,controller",
                "node.id=" + NODE_ID,
                "controller.quorum.voters=" + NODE_ID + "@" + host + ":" + controllerPort,
                "listeners=PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + host + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.toAbsolutePath(),
                "auto.create.topics.enable=true",
                "num.partitions=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                // the internal topics default to three replicas and 50 partitions: one broker has one
                // replica to give, and fewer partitions start faster
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "share.coordinator.state.topic.num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    /**
     * log4j2 configuration: the broker writes to its standard output, which the launcher appends to
     * {@code logs/kafka.log} together with anything the JVM itself prints (a crash, a bad flag).
     * log4j's own shutdown hook is off, or it would go quiet while Kafka's hook is still shutting down.
     */
    static String log4j2Xml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by devstack on every start -->
                <Configuration status="warn" shutdownHook="disable">
                  <Appenders>
                    <Console name="stdout" target="SYSTEM_OUT">
                      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
                    </Console>
                  </Appenders>
                  <Loggers>
                    <Logger name="kafka" level="info"/>
                    <Logger name="org.apache.kafka" level="info"/>
                    <Logger name="state.change.logger" level="warn"/>
                    <Logger name="kafka.request.logger" level="warn"/>
                    <Logger name="kafka.authorizer.logger" level="warn"/>
                    <Root level="info">
                      <AppenderRef ref="stdout"/>
                    </Root>
                  </Loggers>
                </Configuration>
                """;
    }
}
