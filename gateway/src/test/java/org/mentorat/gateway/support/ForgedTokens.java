package org.mentorat.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.mentorat.testkit.TestTokens;

/**
 * Tokens correctly signed with the test key whose claims are wrong in a way the test kit's
 * {@link TestTokens} cannot express (expired, a tenant that is not text, no subject): they start
 * from a kit token's claims, so only the one wrong claim differs.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** The claims of a valid kit token, to change one of. */
    public static JWTClaimsSet.Builder claims(String tenant, String subject, String... roles) {
        try {
            return new JWTClaimsSet.Builder(SignedJWT.parse(TestTokens.token(tenant, subject, roles)).getJWTClaimsSet());
        } catch (ParseException e) {
            throw new IllegalStateException("the test kit minted an unreadable token", e);
        }
    }

    public static String signed(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(TestTokens.DEV_SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign test token", e);
        }
    }
}
