package org.mentorat.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClusterIdTest {

    @TempDir
    Path home;

    @Test
    void aNewBrokerGetsAnIdThatEveryLaterStartReuses() throws Exception {
        String first = KafkaClusterId.of(home, home.resolve("data"));
        String second = KafkaClusterId.of(home, home.resolve("data"));

        assertThat(first).hasSize(22);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(home.resolve("cluster.id")).strip()).isEqualTo(first);
    }

    @Test
    void formattedDataWhoseIdFileWasLostKeepsItsOwnId() throws Exception {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/meta.properties"), "version=1\ncluster.id=AAAAAAAAAAAAAAAAAAAAAA\nnode.id=1\n");

        assertThat(KafkaClusterId.of(home, home.resolve("data"))).isEqualTo("AAAAAAAAAAAAAAAAAAAAAA");
    }

    @Test
    void dataOfAnotherClusterIsReportedInsteadOfStartingABrokerThatRefusesIt() throws Exception {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/meta.properties"), "version=1\ncluster.id=AAAAAAAAAAAAAAAAAAAAAA\nnode.id=1\n");
        Files.writeString(home.resolve("cluster.id"), "BBBBBBBBBBBBBBBBBBBBBB\n");

        assertThatThrownBy(() -> KafkaClusterId.of(home, home.resolve("data")))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("belongs to cluster AAAAAAAAAAAAAAAAAAAAAA")
                .hasMessageContaining("delete " + home);
    }
}
