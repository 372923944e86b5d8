package org.tahub.identity;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The short-lived token in which the gateway hands a verified identity to one service: an HS256 JWT (smallrye-jwt)
 * signed with the secret the gateway and the services share ({@code TAHUB_IDENTITY_SECRET}, 32+ bytes), issued by
 * {@value #ISSUER}, addressed to that service ({@code aud}: a token minted for instruments-service is refused by
 * assessments-service), valid for seconds with {@value #CLOCK_SKEW_SECONDS} s of clock skew at most, and carrying a
 * {@code jti} that names it in logs. A service that verifies it knows who calls without trusting plain headers.
 */
public final class CallerTokens {

    public static final String HEADER = "X-Tahub-Identity";
    public static final String ISSUER = "tahub-gateway";
    public static final int MIN_SECRET_BYTES = 32;
    /** How far the clocks of the gateway and a service may disagree. */
    public static final int CLOCK_SKEW_SECONDS = 5;
    /** No token may be valid for longer than this, whatever its {@code exp} says. */
    public static final long MAX_VALIDITY_SECONDS = 120;
    /**
     * Secrets that are public (the test profiles' own) or trivially guessed: refused outside dev and test, where they
     * would let anyone who read this code sign identities.
     */
    public static final Set<String> PUBLIC_SECRETS = Set.of("test-identity-secret-of-at-least-32-bytes",
            "a-secret-of-at-least-thirty-two-bytes-0123456789");

    /** How many verified tokens, or minted ones, are remembered at most before the memory is cleared. */
    static final int REMEMBERED = 10_000;

    private record Verified(Caller caller, long expiresAtSeconds) {
    }

    private record Minted(String token, long renewAtMillis) {
    }

    private record Addressed(Caller caller, String audience) {
    }

    private final SecretKey key;
    private final Optional<String> audience;
    private final DefaultJWTParser parser;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Addressed, Minted> minted = new ConcurrentHashMap<>();

    /** Tokens the gateway signs, for any service. */
    public CallerTokens(String secret) {
        this(secret, null);
    }

    /** Tokens a service verifies: only those addressed to {@code audience} (the service's name) pass. */
    public CallerTokens(String secret, String audience) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the identity secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.audience = Optional.ofNullable(audience).filter(a -> !a.isBlank());
        JWTAuthContextInfo context = new JWTAuthContextInfo(key, ISSUER);
        context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.HS256));
        context.setMaxTimeToLiveSecs(MAX_VALIDITY_SECONDS);
        context.setClockSkew(CLOCK_SKEW_SECONDS);
        context.setRequiredClaims(Set.of("exp", "iat", "aud", "jti"));
        this.audience.ifPresent(a -> context.setExpectedAudience(Set.of(a)));
        this.parser = new DefaultJWTParser(context);
    }

    /** A new token naming {@code caller}, for the service {@code audience}, valid for {@code validFor}. */
    public String sign(Caller caller, String audience, Duration validFor) {
        Objects.requireNonNull(audience, "a token is addressed to one service");
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(audience).subject(caller.subject())
                .claim("jti", UUID.randomUUID().toString()).claim("tahub_role", caller.role()).issuedAt(now())
                .expiresIn(validFor);
        if (caller.state() != null) {
            claims.claim("tahub_state", caller.state());
        }
        if (caller.provider() != null) {
            claims.claim("tahub_provider", caller.provider());
        }
        return claims.jws().algorithm(SignatureAlgorithm.HS256).sign(key);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /**
     * A token for {@code caller} at {@code audience}, shared by its calls while more than half of its validity
     * remains: signing once per caller, service and half-validity instead of once per request keeps the gateway's
     * overhead small.
     */
    public String tokenFor(Caller caller, String audience, Duration validFor) {
        long now = System.currentTimeMillis();
        Addressed to = new Addressed(caller, audience);
        Minted m = minted.get(to);
        if (m != null && now < m.renewAtMillis()) {
            return m.token();
        }
        if (minted.size() >= REMEMBERED) {
            minted.clear();
        }
        String token = sign(caller, audience, validFor);
        minted.put(to, new Minted(token, now + validFor.toMillis() / 2));
        return token;
    }

    /**
     * The caller a token names; throws {@link InvalidToken} when it is forged, expired, addressed to another service
     * or not ours. A token verified once is remembered until it expires, so the signature is not checked again on
     * every request that carries it.
     */
    public Caller verify(String token) {
        if (audience.isEmpty()) {
            throw new IllegalStateException("only a service, which knows its name, verifies identity tokens");
        }
        long nowSeconds = now();
        Verified known = verified.get(token);
        if (known != null) {
            if (nowSeconds < known.expiresAtSeconds() + CLOCK_SKEW_SECONDS) {
                return known.caller();
            }
            verified.remove(token);
        }
        try {
            JsonWebToken jwt = parser.parse(token);
            Caller caller = new Caller(jwt.getSubject(), string(jwt, "tahub_role"), string(jwt, "tahub_state"),
                    string(jwt, "tahub_provider"));
            if (caller.subject() == null || caller.role() == null || Role.of(caller.role()).isEmpty()) {
                throw new InvalidToken("the token names no subject or no TA Hub role");
            }
            if (caller.subject().length() > Caller.MAX_SUBJECT) {
                throw new InvalidToken("the token's subject is longer than " + Caller.MAX_SUBJECT + " characters");
            }
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
