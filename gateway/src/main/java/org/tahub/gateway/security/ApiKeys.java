package org.tahub.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.tahub.gateway.config.GatewayConfig;

/**
 * Issues, recognises and revokes API keys. A key is 32 random bytes, shown once to whoever issues it; the gateway
 * keeps only its SHA-256 hash (a key is random, not a password, so a fast hash is the right one) and a short prefix.
 * The administrator's key comes from configuration. Recognised keys are cached briefly
 * ({@code tahub.gateway.key-cache}): a revocation takes effect within that time.
 */
@ApplicationScoped
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A newly issued key: the only time {@code key} is visible. */
    public record Issued(ApiKey record, String key) {
    }

    private record Cached(Optional<Identity> identity, long until) {
    }

    private final Optional<String> adminKeyHash;
    private final Duration cacheFor;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ApiKeys(GatewayConfig config) {
        this.adminKeyHash = config.adminKey().filter(k -> !k.isBlank()).map(ApiKeys::hash);
        this.cacheFor = config.keyCache();
    }

    /** The key a request presents, if any: {@code X-API-Key: <key>} or {@code Authorization: ApiKey <key>}. */
    public static Optional<String> presented(String authorization, String xApiKey) {
        if (xApiKey != null && !xApiKey.isBlank()) {
            return Optional.of(xApiKey.trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "ApiKey ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim());
        }
        return Optional.empty();
    }

    /** The identity behind a key from the cache, without blocking; empty when it must be looked up. */
    public Optional<Optional<Identity>> cached(String key) {
        Cached c = cache.get(hash(key));
        return c != null && c.until > System.nanoTime() ? Optional.of(c.identity) : Optional.empty();
    }

    /** The identity behind a key, if it is valid (blocking: may read the database). */
    @Transactional
    public Optional<Identity> identify(String key) {
        String hash = hash(key);
        Optional<Identity> identity;
        if (adminKeyHash.isPresent() && MessageDigest.isEqual(adminKeyHash.get().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))) {
            identity = Optional.of(new Identity("admin", Role.ADMIN, null, null));
        } else {
            ApiKey k = ApiKey.find("keyHash", hash).firstResult();
            identity = k != null && k.usableAt(OffsetDateTime.now(ZoneOffset.UTC))
                    ? Optional.of(new Identity(k.name, k.role, k.state, k.provider))
                    : Optional.empty();
        }
        cache.put(hash, new Cached(identity, System.nanoTime() + cacheFor.toNanos()));
        return identity;
    }

    @Transactional
    public Issued issue(String name, Role role, String state, String provider, OffsetDateTime expiresAt, String by) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "tahub_" + role.code() + "_" + HexFormat.of().formatHex(secret);
        ApiKey k = new ApiKey();
        k.id = UUID.randomUUID();
        k.prefix = key.substring(0, "tahub_".length() + role.code().length() + 1 + 8);
        k.keyHash = hash(key);
        k.name = name;
        k.role = role;
        k.state = state;
        k.provider = provider;
        k.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        k.createdBy = by;
        k.expiresAt = expiresAt;
        k.persist();
        return new Issued(k, key);
    }

    @Transactional
    public List<ApiKey> list() {
        return ApiKey.list("order by createdAt");
    }

    @Transactional
    public Optional<ApiKey> revoke(UUID id, String by) {
        Optional<ApiKey> k = ApiKey.findByIdOptional(id);
        k.filter(key -> key.revokedAt == null).ifPresent(key -> {
            key.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
            key.revokedBy = by;
            cache.remove(key.keyHash);
        });
        return k;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
