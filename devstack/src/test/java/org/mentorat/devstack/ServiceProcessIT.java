package org.mentorat.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services as real child JVMs: what they are given, how their readiness is awaited, how they stop. */
class ServiceProcessIT {

    private static final Infrastructure INFRASTRUCTURE = new Infrastructure("127.0.0.1", 9092, 27017, 2525, "test-secret");

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<ServiceProcess> started = new ArrayList<>();
    private final ReadinessWaiter waiter = new ReadinessWaiter(
            Duration.ofSeconds(60), Duration.ofMillis(100), Duration.ofSeconds(10), new PrintStream(OutputStream.nullOutputStream()));

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void packFakeService() throws IOException {
        jar = FakeServiceJar.writeTo(dir.resolve("fake-exec.jar"));
    }

    @AfterEach
    void stopAll() {
        started.forEach(process -> process.stop(Duration.ofSeconds(5)));
    }

    @Test
    void aServiceIsStartedWithItsPortsDatabaseAndBrokerAndStopsCleanlyWhenAsked() throws Exception {
        ServiceSpec spec = ServiceSpec.service("fine-service", TestPorts.free(), TestPorts.free(), "fine");
        ServiceProcess service = start(spec);

        assertThat(waiter.awaitAll(List.of(service))).containsOnlyKeys("fine-service");
        assertThat(Files.readString(service.log())).contains(
                "SERVER_PORT=" + spec.port(),
                "MANAGEMENT_SERVER_PORT=" + spec.managementPort(),
                "MONGODB_URI=mongodb://127.0.0.1:27017/fine",
                "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092",
                "MENTORAT_HMAC_SECRET=test-secret");

        service.stop(Duration.ofSeconds(10));

        assertThat(service.hasExited()).isTrue();
        assertThat(Files.readString(service.log())).as("stopped with SIGTERM, not killed").contains("fake service stopping");
    }

    @Test
    void aServiceThatDiesDuringStartStopsTheWaitAtOnceWithTheEndOfItsLog() throws Exception {
        ServiceProcess fine = start(ServiceSpec.service("fine-service", TestPorts.free(), TestPorts.free(), "fine"));
        ServiceProcess broken = start(ServiceSpec.service("broken-service", TestPorts.free(), TestPorts.free(), "broken"));

        assertThatThrownBy(() -> waiter.awaitAll(List.of(fine, broken)))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("broken-service exited with code 3")
                .hasMessageContaining("boom: cannot reach my database");
    }

    @Test
    void theGatewayTokenEndpointIsAskedForADevToken() throws Exception {
        ServiceSpec gateway = ServiceSpec.gateway("gateway", TestPorts.free(), TestPorts.free(), ServiceCatalog.SERVICES);
        ServiceProcess process = start(gateway);
        waiter.awaitAll(List.of(process));

        assertThat(DevToken.request(http, gateway.baseUrl("127.0.0.1"))).contains("fake-token");
        assertThat(Files.readString(process.log())).contains(
                "SPRING_PROFILES_ACTIVE=dev", "PROFILE_SERVICE_URL=http://127.0.0.1:8081", "MONGODB_URI=null");
    }

    private ServiceProcess start(ServiceSpec spec) throws IOException {
        ServiceProcess process = ServiceProcess.start(spec, jar, INFRASTRUCTURE, dir.resolve("logs"), http);
        started.add(process);
        return process;
    }
}
