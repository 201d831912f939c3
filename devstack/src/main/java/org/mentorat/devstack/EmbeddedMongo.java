package org.mentorat.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire server inside the launcher's JVM, backed by one H2 MVStore file. Every service
 * gets its own database on it (the database name is in the service's URI). The file survives a
 * restart; {@link #close()} flushes it.
 */
final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final Path file;

    private EmbeddedMongo(MongoServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** Port 0 picks a free port (tests). */
    static EmbeddedMongo start(Path file, String host, int port) throws IOException, StartupFailure {
        Files.createDirectories(file.toAbsolutePath().getParent());
        H2Backend backend;
        try {
            backend = new EmbeddedMongoBackend(file.toString());
        } catch (RuntimeException e) {
            // MVStore locks its file: the usual cause is another devstack using the same data folder
            throw new StartupFailure("cannot open " + file + ": " + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new StartupFailure("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new EmbeddedMongo(server, file);
    }

    InetSocketAddress address() {
        return server.getLocalAddress();
    }

    String connectionString() {
        InetSocketAddress address = address();
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    Path file() {
        return file;
    }

    /** Stops listening, closes the open cursors and closes the MVStore, which writes what is pending. */
    @Override
    public void close() {
        server.shutdown();
    }
}
