package org.mentorat.devstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 file backend, answering {@code hello} on every database as a real server does.
 * mongo-java-server 1.47.0 knows only the legacy {@code isMaster} there, and Spring Boot's Mongo
 * health indicator sends {@code {hello: 1}} to the service's own database: without this the
 * services' readiness (which includes {@code mongo}) would stay DOWN.
 */
final class EmbeddedMongoBackend extends H2Backend {

    EmbeddedMongoBackend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "isMaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
