package org.tahub.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** A stand-in OAuth2 identity provider: an RSA key pair whose public half the gateway is configured with. */
public class IdentityProvider implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://idp.tahub.test";
    static final KeyPair KEYS = newKeys();

    static KeyPair newKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
        return Map.of("tahub.gateway.jwt.public-key", pem, "tahub.gateway.jwt.issuer", ISSUER);
    }

    @Override
    public void stop() {
        // nothing to stop
    }

    /** A token as the identity provider would issue it for {@code subject}. */
    static JwtClaimsBuilder token(String subject) {
        return Jwt.issuer(ISSUER).subject(subject).expiresIn(300);
    }

    static String signed(JwtClaimsBuilder claims) {
        return claims.sign(KEYS.getPrivate());
    }
}
