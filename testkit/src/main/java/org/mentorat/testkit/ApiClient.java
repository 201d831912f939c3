package org.mentorat.testkit;

import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The service's API as one caller sees it: every request carries that caller's bearer token (or
 * none), and every status comes back as a response, never as an exception.
 */
public final class ApiClient {

    private final RestClient http;

    ApiClient(String baseUrl, String authorization) {
        RestClient.Builder builder = RestClient.builder().baseUrl(baseUrl)
                .defaultStatusHandler(status -> true, (request, response) -> { });
        if (authorization != null) {
            builder.defaultHeader("Authorization", authorization);
        }
        this.http = builder.build();
    }

    public ResponseEntity<String> get(String path) {
        return http.get().uri(path).retrieve().toEntity(String.class);
    }

    /** POSTs {@code body} as JSON: a String is sent as it is, anything else is serialised; null sends no body. */
    public ResponseEntity<String> post(String path, Object body) {
        var request = http.post().uri(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> put(String path, Object body) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> delete(String path) {
        return http.delete().uri(path).retrieve().toEntity(String.class);
    }

    /** PATCHes an RFC 7396 merge patch, with {@code If-Match} when {@code ifMatch} is not null. */
    public ResponseEntity<String> mergePatch(String path, String patch, String ifMatch) {
        var request = http.patch().uri(path).contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .body(patch);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.retrieve().toEntity(String.class);
    }

    /** Anything else: other media types, headers, methods. The caller's token is added unless the request has one. */
    public ResponseEntity<String> send(RequestEntity<?> request) {
        var spec = http.method(request.getMethod()).uri(request.getUrl())
                .headers(headers -> headers.addAll(request.getHeaders()));
        if (request.getBody() != null) {
            spec.body(request.getBody());
        }
        return spec.retrieve().toEntity(String.class);
    }
}
