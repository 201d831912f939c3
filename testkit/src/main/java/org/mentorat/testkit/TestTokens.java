package org.mentorat.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 bearer tokens signed with the local development key, shaped like the gateway's dev
 * tokens: {@code sub}, {@code tenant}, {@code roles}. Tests use them to call services directly.
 */
public final class TestTokens {

    public static final String DEV_SECRET = "mentorat-local-development-secret-0123456789";

    private TestTokens() {
    }

    public static String token(String tenant, String subject, String... roles) {
        return sign(DEV_SECRET, tenant, subject, List.of(roles));
    }

    public static String bearer(String tenant, String subject, String... roles) {
        return "Bearer " + token(tenant, subject, roles);
    }

    public static String sign(String secret, String tenant, String subject, List<String> roles) {
        long now = Instant.now().getEpochSecond();
        String rolesJson = roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(",", "[", "]"));
        String tenantClaim = tenant == null ? "" : ",\"tenant\":\"" + tenant + "\"";
        String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = encode("{\"sub\":\"" + subject + "\"" + tenantClaim + ",\"roles\":" + rolesJson
                + ",\"iss\":\"mentorat-test\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
        String signingInput = header + "." + payload;
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(secret, signingInput));
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String secret, String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
