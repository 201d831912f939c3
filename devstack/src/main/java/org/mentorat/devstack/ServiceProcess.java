package org.mentorat.devstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One service (or the gateway) running as a child {@code java -jar} process of its executable jar. */
final class ServiceProcess implements AwaitedProcess {

    // modest on purpose: five JVMs and a broker share a laptop; C1 only starts faster and is enough for dev
    static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final ServiceSpec spec;
    private final Process process;
    private final Path log;
    private final ReadinessProbe probe;

    private ServiceProcess(ServiceSpec spec, Process process, Path log, ReadinessProbe probe) {
        this.spec = spec;
        this.process = process;
        this.log = log;
        this.probe = probe;
    }

    static ServiceProcess start(ServiceSpec spec, Path jar, Infrastructure infrastructure, Path logs, HttpClient http)
            throws IOException {
        Path log = ChildJvm.freshLog(logs, spec.module());
        List<String> arguments = new ArrayList<>(JVM_OPTIONS);
        arguments.addAll(List.of("-jar", jar.toString()));
        Process process = ChildJvm.start(arguments, spec.environment(infrastructure), log);
        return new ServiceProcess(spec, process, log, new ReadinessProbe(spec.readinessUrl(infrastructure.host()), http));
    }

    ServiceSpec spec() {
        return spec;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public String name() {
        return spec.module();
    }

    @Override
    public boolean hasExited() {
        return !process.isAlive();
    }

    @Override
    public int exitCode() {
        return process.exitValue();
    }

    @Override
    public boolean isReady() {
        return process.isAlive() && probe.isReady();
    }

    @Override
    public String logTail(int lines) {
        return ChildJvm.tail(log, lines);
    }

    void onExit(Consumer<ServiceProcess> action) {
        process.onExit().thenRun(() -> action.accept(this));
    }

    void stop(Duration grace) {
        ChildJvm.stop(process, grace);
    }
}
