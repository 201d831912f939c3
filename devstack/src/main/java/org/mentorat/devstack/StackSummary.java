package org.mentorat.devstack;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What a developer needs once the stack is up: where everything is, and a token to call it with. */
record StackSummary(Infrastructure infrastructure, List<ServiceSpec> services, Path data, Path mongoFile,
                    URI mailPage, URI mailApi, Optional<String> token, Duration readyAfter) {

    void print(PrintStream out) {
        String host = infrastructure.host();
        ServiceSpec gateway = services.stream().filter(ServiceSpec::isGateway).findFirst().orElseThrow();
        out.println();
        out.println("Mentorat is running (ready after " + ReadinessWaiter.seconds(readyAfter) + ")");
        out.println();
        out.printf("  %-22s %-24s %s%n", "", "API", "management (health, prometheus)");
        for (ServiceSpec spec : services) {
            out.printf("  %-22s %-24s %s/prometheus%n", spec.module(), spec.baseUrl(host), spec.managementUrl(host));
        }
        out.printf("  %-22s %s%n", "kafka", infrastructure.kafkaBootstrapServers());
        out.printf("  %-22s %s (one database per service: %s)%n", "mongodb", infrastructure.mongoUri(""),
                String.join(", ", services.stream().filter(s -> s.database() != null).map(ServiceSpec::database).toList()));
        out.printf("  %-22s %s:%d (catches every mail: nothing leaves this machine)%n", "smtp", host,
                infrastructure.smtpPort());
        out.printf("  %-22s %s (JSON: %s)%n", "caught mail", mailPage, mailApi);
        out.printf("  %-22s %s%n", "data", data);
        out.printf("  %-22s %s%n", "mongo file", mongoFile);
        out.printf("  %-22s %s%n", "logs", data.resolve("logs"));
        out.println();
        if (token.isPresent()) {
            out.println("Dev token (tenant " + DevToken.TENANT + ", subject " + DevToken.SUBJECT + ", role " + DevToken.ROLE + "):");
            out.println("  export TOKEN=" + token.get());
        } else {
            out.println("No dev token: " + DevToken.endpoint(gateway.baseUrl(host)) + " did not issue one (see "
                    + data.resolve("logs").resolve(gateway.module() + ".log") + ").");
            out.println("  Ask for one yourself:");
            out.println("  export TOKEN=$(curl -s -X POST -H 'Content-Type: application/json' -d '"
                    + DevToken.requestBody() + "' " + DevToken.endpoint(gateway.baseUrl(host))
                    + " | sed -E 's/.*\"token\":\"([^\"]+)\".*/\\1/')");
        }
        out.println("Try:");
        out.println("  curl -i -H \"Authorization: Bearer $TOKEN\" " + gateway.baseUrl(host) + "/api/v1/people");
        out.println();
        out.println("Stop with Ctrl-C (data is kept). Start afresh: stop, then rm -rf " + data);
    }
}
