package org.tahub.gateway.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One refused request, kept for audit: who, what, when and why. */
@Entity
@Table(name = "access_denial")
public class AccessDenial extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public OffsetDateTime at;

    @Column(name = "request_id")
    public String requestId;

    public String subject;

    public String role;

    public String method;

    public String path;

    public int status;

    public String reason;
}
