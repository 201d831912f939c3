package org.mentorat.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Spring Boot jars devstack starts, checked before anything starts: all there, or one message naming the missing. */
final class ExecutableJars {

    private ExecutableJars() {
    }

    static Map<ServiceSpec, Path> in(Path root) throws StartupFailure {
        Map<ServiceSpec, Path> jars = new LinkedHashMap<>();
        List<Path> missing = new ArrayList<>();
        for (ServiceSpec spec : ServiceCatalog.all()) {
            Path jar = spec.executableJarIn(root.resolve(spec.module()).resolve("target"));
            jars.put(spec, jar);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar);
            }
        }
        if (!missing.isEmpty()) {
            throw new StartupFailure("missing " + missing + "; build them with ./mvnw -DskipTests install"
                    + " (./devstack/run does this for you)");
        }
        return jars;
    }
}
