package org.tahub.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.tahub.gateway.security.ApiKey;

/** An issued key as administrators see it; {@code key} only in the answer to its issuance. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyView(UUID id, String prefix, String name, String role, String state, String provider,
                         String status, OffsetDateTime createdAt, String createdBy, OffsetDateTime expiresAt,
                         OffsetDateTime revokedAt, String revokedBy, String key) {

    static ApiKeyView of(ApiKey k, String key) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String status = k.revokedAt != null ? "revoked" : k.usableAt(now) ? "active" : "expired";
        return new ApiKeyView(k.id, k.prefix, k.name, k.role.code(), k.state, k.provider, status, k.createdAt,
                k.createdBy, k.expiresAt, k.revokedAt, k.revokedBy, key);
    }
}
