package org.customsrisk.model.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's rule for promotions to PRODUCTION: with four eyes, a second model manager approves. */
@Entity
@Table(name = "model_governance")
public class Governance {

    @Id
    public String tenantId;
    public boolean fourEyes;
    public String reason;
    public String changedBy;
    public Instant changedAt;
}
