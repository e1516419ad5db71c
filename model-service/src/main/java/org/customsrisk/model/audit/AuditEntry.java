package org.customsrisk.model.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.customsrisk.contracts.model.ModelStage;

/** One line of a model's audit trail; the table refuses updates and deletes. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long sequence;
    public String tenantId;
    public String modelName;
    public Integer version;
    @Enumerated(EnumType.STRING)
    public AuditAction action;
    @Enumerated(EnumType.STRING)
    public ModelStage fromStage;
    @Enumerated(EnumType.STRING)
    public ModelStage toStage;
    public String actor;
    public Instant at;
    public String reason;
    public UUID promotionRequestId;
}
