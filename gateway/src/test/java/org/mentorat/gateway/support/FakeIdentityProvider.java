package org.mentorat.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in OIDC identity provider on a random port: its discovery document
 * ({@code /.well-known/openid-configuration}) names its key set ({@code /jwks}), which holds the
 * public half of one RSA key until {@link #rotate()} replaces it by a new key with a new
 * {@code kid}, as an IdP's key rotation does. It mints RS256 tokens with its current key.
 */
public final class FakeIdentityProvider {

    public static final String AUDIENCE = "mentorat-api";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String issuer;
    private final AtomicReference<RSAKey> currentKey = new AtomicReference<>(newKey());
    private final AtomicInteger keySetFetches = new AtomicInteger();

    private FakeIdentityProvider(HttpServer server) {
        this.server = server;
        this.issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/mentorat";
    }

    public static FakeIdentityProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            FakeIdentityProvider idp = new FakeIdentityProvider(server);
            server.createContext("/realms/mentorat/.well-known/openid-configuration", exchange -> json(exchange,
                    Map.of("issuer", idp.issuer, "jwks_uri", idp.issuer + "/jwks",
                            "id_token_signing_alg_values_supported", List.of("RS256"))));
            server.createContext("/realms/mentorat/jwks", exchange -> {
                idp.keySetFetches.incrementAndGet();
                json(exchange, new JWKSet(idp.currentKey.get().toPublicJWK()).toJSONObject());
            });
            server.start();
            return idp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public RSAKey currentKey() {
        return currentKey.get();
    }

    /** Publishes a new key (new {@code kid}) in place of the current one, which is no longer published. */
    public RSAKey rotate() {
        RSAKey next = newKey();
        currentKey.set(next);
        return next;
    }

    public int keySetFetches() {
        return keySetFetches.get();
    }

    /** Claims of a valid token of this issuer for our audience, valid for ten minutes; change one to make it wrong. */
    public JWTClaimsSet.Builder claims(String tenant, String subject, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("tenant", tenant)
                .claim("roles", List.of(roles))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
    }

    public String token(String tenant, String subject, String... roles) {
        return signed(claims(tenant, subject, roles).build(), currentKey());
    }

    /** RS256 with {@code key}, naming its {@code kid} in the header. */
    public static String signed(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign test token", e);
        }
    }

    /** A key this IdP never published, under the given {@code kid}. */
    public static RSAKey strangerKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        return strangerKey("key-" + UUID.randomUUID());
    }

    private static void json(HttpExchange exchange, Object document) throws IOException {
        byte[] body = JSON.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
