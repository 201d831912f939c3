package org.mentorat.devstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/**
 * The broker's cluster id, kept in {@code home/cluster.id} beside the data: storage is formatted
 * once with it, and formatting again with a new id would make the broker refuse its own data.
 */
final class KafkaClusterId {

    private KafkaClusterId() {
    }

    static String of(Path home, Path dataDir) throws IOException, StartupFailure {
        Path idFile = home.resolve("cluster.id");
        String formatted = formattedId(dataDir);
        String id;
        if (Files.exists(idFile)) {
            id = Files.readString(idFile).strip();
        } else if (formatted != null) {
            id = formatted;
        } else {
            id = Uuid.randomUuid().toString();
        }
        if (formatted != null && !formatted.equals(id)) {
            throw new StartupFailure("Kafka's data in " + dataDir + " belongs to cluster " + formatted
                    + " but " + idFile + " says " + id + "; delete " + home + " to start with an empty broker");
        }
        Files.writeString(idFile, id + "\n");
        return id;
    }

    private static String formattedId(Path dataDir) throws IOException {
        Path meta = dataDir.resolve("meta.properties");
        if (!Files.exists(meta)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(meta)) {
            properties.load(reader);
        }
        return properties.getProperty("cluster.id");
    }
}
