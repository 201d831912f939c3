package org.mentorat.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks the gateway's dev-only endpoint for a signed token, as a developer would with curl. */
final class DevToken {

    static final String TENANT = "demo";
    static final String SUBJECT = "admin";
    static final String ROLE = "PROGRAM_ADMIN";

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private DevToken() {
    }

    static URI endpoint(URI gateway) {
        return gateway.resolve("/dev/tokens");
    }

    static String requestBody() {
        return "{\"tenant\":\"" + TENANT + "\",\"subject\":\"" + SUBJECT + "\",\"roles\":[\"" + ROLE + "\"]}";
    }

    /** Empty when the gateway has no dev token endpoint or refuses; the stack runs anyway. */
    static Optional<String> request(HttpClient http, URI gateway) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint(gateway))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestBody()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = TOKEN.matcher(response.body());
            return response.statusCode() / 100 == 2 && token.find() ? Optional.of(token.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
