package org.mentorat.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCatalogTest {

    private static final Infrastructure LOCAL = new Infrastructure("127.0.0.1", 9092, 27017, 2525,
            Infrastructure.DEV_HMAC_SECRET);

    @Test
    void everyServiceGetsItsOwnDatabaseOnTheSharedStoreAndTheSharedBroker() {
        Map<String, String> matching = spec("matching-service").environment(LOCAL);

        assertThat(matching).contains(
                entry("SERVER_PORT", "8082"),
                entry("MANAGEMENT_SERVER_PORT", "9082"),
                entry("MONGODB_URI", "mongodb://127.0.0.1:27017/matching"),
                entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                entry("MENTORAT_HMAC_SECRET", "mentorat-local-development-secret-0123456789"));
        assertThat(matching).doesNotContainKey("SPRING_PROFILES_ACTIVE");
        assertThat(ServiceCatalog.SERVICES).extracting(ServiceSpec::database)
                .containsExactly("profile", "matching", "session", "notification");
    }

    @Test
    void theGatewayRunsTheDevProfileAndKnowsWhereEachServiceListens() {
        Map<String, String> gateway = ServiceCatalog.GATEWAY.environment(LOCAL);

        assertThat(gateway).contains(
                entry("SERVER_PORT", "8080"),
                entry("MANAGEMENT_SERVER_PORT", "9080"),
                entry("SPRING_PROFILES_ACTIVE", "dev"),
                entry("PROFILE_SERVICE_URL", "http://127.0.0.1:8081"),
                entry("MATCHING_SERVICE_URL", "http://127.0.0.1:8082"),
                entry("SESSION_SERVICE_URL", "http://127.0.0.1:8083"),
                entry("NOTIFICATION_SERVICE_URL", "http://127.0.0.1:8084"));
        assertThat(gateway).doesNotContainKey("MONGODB_URI");
    }

    @Test
    void onlyNotificationServiceSendsMailAndItGoesToTheCatcher() {
        assertThat(spec("notification-service").environment(LOCAL))
                .contains(entry("SPRING_MAIL_HOST", "127.0.0.1"), entry("SPRING_MAIL_PORT", "2525"));
        assertThat(ServiceCatalog.all()).filteredOn(spec -> !spec.module().equals("notification-service"))
                .allSatisfy(spec -> assertThat(spec.environment(LOCAL)).doesNotContainKey("SPRING_MAIL_HOST"));
        assertThat(ServiceCatalog.ports()).contains(2525, 8025);
    }

    @Test
    void everythingListensOnLoopbackOnly() {
        assertThat(ServiceCatalog.all()).allSatisfy(spec -> assertThat(spec.environment(LOCAL))
                .contains(entry("SERVER_ADDRESS", "127.0.0.1"), entry("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1")));
    }

    @Test
    void noTwoPartsOfTheStackShareAPort() {
        List<Integer> ports = ServiceCatalog.ports();

        assertThat(ports).doesNotHaveDuplicates().hasSize(5 + 2 * 5);
    }

    @Test
    void startsTheSpringBootExecutableJarOfEachModule() {
        assertThat(spec("session-service").executableJarIn(Path.of("session-service/target")))
                .isEqualTo(Path.of("session-service/target/session-service-" + ServiceCatalog.VERSION + "-exec.jar"));
        assertThat(ServiceCatalog.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    private static ServiceSpec spec(String module) {
        return ServiceCatalog.all().stream().filter(s -> s.module().equals(module)).findFirst().orElseThrow();
    }
}
