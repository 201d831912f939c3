package org.mentorat.notification.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mentorat.notification.message.Category;

/**
 * Who opts out of what, signed: {@code tenant.person.CATEGORY.signature}, the ids in base64url
 * and the signature an HMAC-SHA256 of the rest. Nothing is stored: the signature is what makes
 * the token unguessable, and only the person's own mail carries theirs.
 */
record UnsubscribeToken(String tenantId, String personId, Category category) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HmacSHA256";

    String sign(String secret) {
        String payload = encode(tenantId) + "." + encode(personId) + "." + category.name();
        return payload + "." + ENCODER.encodeToString(mac(secret, payload));
    }

    /** @return empty for anything but a token this secret signed */
    static Optional<UnsubscribeToken> verify(String token, String secret) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            String payload = parts[0] + "." + parts[1] + "." + parts[2];
            if (!MessageDigest.isEqual(mac(secret, payload), DECODER.decode(parts[3]))) {
                return Optional.empty();
            }
            return Optional.of(new UnsubscribeToken(decode(parts[0]), decode(parts[1]), Category.valueOf(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(String value) {
        return ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String value) {
        return new String(DECODER.decode(value), StandardCharsets.UTF_8);
    }
}
