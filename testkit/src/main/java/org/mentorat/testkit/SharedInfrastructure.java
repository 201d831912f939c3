package org.mentorat.testkit;

import org.testcontainers.DockerClientFactory;

/** Starts the shared infrastructure on first use and stops it when the test JVM exits. */
final class SharedInfrastructure {

    private static TestInfrastructure instance;

    private SharedInfrastructure() {
    }

    static synchronized TestInfrastructure get() {
        if (instance == null) {
            StartedInfrastructure started = dockerAvailable()
                    ? ContainerInfrastructure.start()
                    : EmbeddedInfrastructure.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "testkit-shutdown"));
            System.out.println("[testkit] integration tests run against " + started.description());
            instance = started;
        }
        return instance;
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("mentorat.testkit.embedded")) {
            return false;
        }
        // Testcontainers logs an ERROR while probing a machine without Docker; skip the probe
        // when no engine can be there at all.
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                && !java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker"))
                && !java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    interface StartedInfrastructure extends TestInfrastructure {
        void stop();
    }
}
