package org.customsrisk.common.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * Tokens an attacker could make: every claim the platform expects, the real issuer, but signed
 * with a key the identity provider never held.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    public static String signedByForeignKey(String tenant, String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            return Jwt.issuer(DemoRealm.issuer())
                    .audience(DemoRealm.AUDIENCE)
                    .subject("forged-subject")
                    .claim("preferred_username", "forger")
                    .claim("tenant", tenant)
                    .claim("realm_access", Map.of("roles", List.of(role)))
                    .expiresIn(300)
                    .jws().keyId("forged-key")
                    .sign(keys.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
