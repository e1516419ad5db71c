package org.customsrisk.model.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A model manager asks for a version to go to PRODUCTION; another one decides. */
@Entity
@Table(name = "promotion_request")
public class PromotionRequest {

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    public UUID id;
    public String tenantId;
    public String modelName;
    public int version;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String reason;
    public String requestedBy;
    public Instant requestedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String justification;
}
