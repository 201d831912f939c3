package org.mentorat.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @TempDir
    Path data;

    @Test
    void answersTheHelloThatSpringBootsMongoHealthCheckSendsToAServiceDatabase() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(data.resolve("mentorat.mv"), "127.0.0.1", 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document hello = client.getDatabase("profile").runCommand(new Document("hello", 1));

            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.get("maxWireVersion")).isNotNull();
            assertThat(hello.get("ok")).isIn(1, 1.0);
        }
    }

    @Test
    void aSecondStoreOnTheSameFileIsRefusedWithTheFileNamed() throws Exception {
        Path file = data.resolve("mentorat.mv");
        try (EmbeddedMongo first = EmbeddedMongo.start(file, "127.0.0.1", 0)) {
            assertThatThrownBy(() -> EmbeddedMongo.start(file, "127.0.0.1", 0))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("cannot open " + file);
        }
    }
}
