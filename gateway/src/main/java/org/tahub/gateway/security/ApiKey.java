package org.tahub.gateway.security;

import org.tahub.identity.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An issued API key. The key itself is never stored: only its SHA-256 hash, and a prefix to recognise it by. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;

    public String prefix;

    @Column(name = "key_hash")
    public String keyHash;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(16)")
    public Role role;

    @Column(name = "state_iso3")
    public String state;

    @Column(name = "provider_id")
    public String provider;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    public boolean usableAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
