package org.tahub.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.tahub.gateway.config.GatewayConfig;

/**
 * Recognises API keys, sent as {@code Authorization: ApiKey <key>} or {@code X-API-Key: <key>}.
 * Today it knows the administrator's key only; issued, hashed, role-scoped keys come with the gateway issue.
 */
@ApplicationScoped
public class ApiKeys {

    private final Optional<byte[]> adminKey;

    public ApiKeys(GatewayConfig config) {
        this.adminKey = config.adminKey().filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8));
    }

    /** The key a request presents, if any. */
    public static Optional<String> presented(String authorization, String xApiKey) {
        if (xApiKey != null && !xApiKey.isBlank()) {
            return Optional.of(xApiKey.trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "ApiKey ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim());
        }
        return Optional.empty();
    }

    /** The identity a key stands for, if it is valid (compared in constant time). */
    public Optional<Identity> identify(String key) {
        if (key == null || adminKey.isEmpty()) {
            return Optional.empty();
        }
        boolean admin = MessageDigest.isEqual(adminKey.get(), key.getBytes(StandardCharsets.UTF_8));
        return admin ? Optional.of(new Identity("admin", "admin")) : Optional.empty();
    }

    /** Who is calling and in which role. */
    public record Identity(String subject, String role) {
    }
}
