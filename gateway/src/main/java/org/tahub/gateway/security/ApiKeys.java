package org.tahub.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.Optional;
import java.util.UUID;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.identity.Role;

/**
 * Issues, recognises and revokes API keys. A key is 32 random bytes, shown once to whoever issues it; the gateway
 * keeps only its SHA-256 hash (a key is random, not a password, so a fast hash is the right one) and a short prefix.
 * The administrator's key comes from configuration.
 *
 * <p>What a key proved is remembered for {@code tahub.gateway.key-cache} in a bounded cache (Caffeine), and so is a
 * key that proved nothing, for a shorter while: a client sending random keys fills a cache of fixed size, not the
 * memory, and makes one database lookup per key at most. A key's expiry is checked on every use, cached or not; a
 * revocation takes effect at once on the instance that revoked it and within the cache time on the others.
 */
@ApplicationScoped
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int CACHED_KEYS = 10_000;
    static final Duration REFUSAL_MEMORY = Duration.ofSeconds(10);

    /** A newly issued key: the only time {@code key} is visible. */
    public record Issued(ApiKey record, String key) {
    }

    /** What a key proved, until when (epoch ms) the key itself is valid, and its hash. */
    private record Known(Optional<Identity> identity, long expiresAtMillis, String hash) {

        Known(Identity identity, OffsetDateTime expiresAt, String hash) {
            this(Optional.of(identity), expiresAt == null ? Long.MAX_VALUE : expiresAt.toInstant().toEpochMilli(),
                    hash);
        }

        Optional<Identity> now() {
            return System.currentTimeMillis() < expiresAtMillis ? identity : Optional.empty();
        }
    }

    private final Optional<String> adminKeyHash;
    private final Cache<String, Known> known;
    private final Cache<String, Boolean> refused;

    public ApiKeys(GatewayConfig config) {
        this.adminKeyHash = config.adminKey().filter(k -> !k.isBlank()).map(ApiKeys::hash);
        this.known = Caffeine.newBuilder().maximumSize(CACHED_KEYS).expireAfterWrite(config.keyCache()).build();
        this.refused = Caffeine.newBuilder().maximumSize(CACHED_KEYS)
                .expireAfterWrite(REFUSAL_MEMORY.compareTo(config.keyCache()) < 0 ? REFUSAL_MEMORY : config.keyCache())
                .build();
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

    /**
     * What the cache knows of a key, without blocking: the identity it proves, an empty identity when it proves none
     * (unknown, revoked, or expired, checked now), or empty when it must be looked up.
     */
    public Optional<Optional<Identity>> cached(String key) {
        Known k = known.getIfPresent(key);
        if (k != null) {
            return Optional.of(k.now());
        }
        return refused.getIfPresent(key) != null ? Optional.of(Optional.empty()) : Optional.empty();
    }

    /** The identity behind a key, if it is valid now (blocking: may read the database). */
    @Transactional
    public Optional<Identity> identify(String key) {
        String hash = hash(key);
        if (adminKeyHash.isPresent() && MessageDigest.isEqual(adminKeyHash.get().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))) {
            Identity admin = new Identity("admin", Role.ADMIN, null, null);
            known.put(key, new Known(admin, null, hash));
            return Optional.of(admin);
        }
        ApiKey k = ApiKey.find("keyHash", hash).firstResult();
        if (k == null || k.revokedAt != null) {
            refused.put(key, Boolean.TRUE);
            return Optional.empty();
        }
        Known entry = new Known(new Identity(k.name, k.role, k.state, k.provider), k.expiresAt, hash);
        known.put(key, entry);
        return entry.now();
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
            known.asMap().values().removeIf(entry -> key.keyHash.equals(entry.hash()));
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
