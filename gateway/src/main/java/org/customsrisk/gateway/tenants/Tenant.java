package org.customsrisk.gateway.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customs administration on the platform: its settings and whether its calls are let through. */
@Entity
@Table(name = "tenant")
public class Tenant {

    public enum Status {
        ACTIVE, SUSPENDED
    }

    @Id
    public String id;
    public String displayName;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String statusReason;
    public String statusChangedBy;
    public Instant statusChangedAt;
    public boolean fourEyes;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode defaultPolicy;
    public Integer requestsPerSecond;
    public String integratorClientId;
    /** Per service, whether it took the settings: {@code APPLIED} or why not. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> settingsApplied;
    public String createdBy;
    public Instant createdAt;
}
