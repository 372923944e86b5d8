package org.tahub.identity;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The short-lived token in which the gateway hands a verified identity to a service: an HS256 JWT (smallrye-jwt)
 * signed with the secret the gateway and the services share ({@code TAHUB_IDENTITY_SECRET}, 32+ bytes), issued by
 * {@value #ISSUER}, valid for seconds. A service that verifies it knows who calls without trusting plain headers.
 */
public final class CallerTokens {

    public static final String HEADER = "X-Tahub-Identity";
    public static final String ISSUER = "tahub-gateway";
    public static final int MIN_SECRET_BYTES = 32;

    /** How many verified tokens, or minted ones, are remembered at most before the memory is cleared. */
    static final int REMEMBERED = 10_000;

    private record Verified(Caller caller, long expiresAtSeconds) {
    }

    private record Minted(String token, long renewAtMillis) {
    }

    private final SecretKey key;
    private final DefaultJWTParser parser;
    private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<Caller, Minted> minted = new java.util.concurrent.ConcurrentHashMap<>();

    public CallerTokens(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the identity secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        JWTAuthContextInfo context = new JWTAuthContextInfo(key, ISSUER);
        context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.HS256));
        context.setMaxTimeToLiveSecs(300L);
        this.parser = new DefaultJWTParser(context);
    }

    public String sign(Caller caller, Duration validFor, String requestId) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(caller.subject()).claim("tahub_role", caller.role())
                .expiresIn(validFor);
        if (caller.state() != null) {
            claims.claim("tahub_state", caller.state());
        }
        if (caller.provider() != null) {
            claims.claim("tahub_provider", caller.provider());
        }
        if (requestId != null) {
            claims.claim("request_id", requestId);
        }
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256).sign(key);
    }

    /**
     * A token for {@code caller}, shared by its calls while more than half of its validity remains: signing once per
     * caller and half-validity instead of once per request keeps the gateway's overhead small. It carries no request
     * id (the X-Request-Id header does).
     */
    public String tokenFor(Caller caller, Duration validFor) {
        long now = System.currentTimeMillis();
        Minted m = minted.get(caller);
        if (m != null && now < m.renewAtMillis()) {
            return m.token();
        }
        if (minted.size() >= REMEMBERED) {
            minted.clear();
        }
        String token = sign(caller, validFor, null);
        minted.put(caller, new Minted(token, now + validFor.toMillis() / 2));
        return token;
    }

    /**
     * The caller a token names; throws {@link InvalidToken} when it is forged, expired or not ours. A token verified
     * once is remembered until it expires, so the signature is not checked again on every request that carries it.
     */
    public Caller verify(String token) {
        long nowSeconds = System.currentTimeMillis() / 1000;
        Verified known = verified.get(token);
        if (known != null) {
            if (nowSeconds < known.expiresAtSeconds()) {
                return known.caller();
            }
            verified.remove(token);
        }
        try {
            JsonWebToken jwt = parser.parse(token);
            Caller caller = new Caller(jwt.getSubject(), string(jwt, "tahub_role"), string(jwt, "tahub_state"),
                    string(jwt, "tahub_provider"));
            if (verified.size() >= REMEMBERED) {
                verified.clear();
            }
            verified.put(token, new Verified(caller, jwt.getExpirationTime()));
            return caller;
        } catch (ParseException e) {
            throw new InvalidToken(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
    }

    private static String string(JsonWebToken jwt, String claim) {
        Object value = jwt.getClaim(claim);
        return value == null ? null : value.toString().replace("\"", "");
    }

    /** A token that does not prove an identity. */
    public static final class InvalidToken extends RuntimeException {
        public InvalidToken(String message) {
            super(message);
        }
    }
}
