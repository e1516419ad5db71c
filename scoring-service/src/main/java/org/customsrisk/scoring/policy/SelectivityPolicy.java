package org.customsrisk.scoring.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a tenant's selectivity policy. Versions are never changed, only added. */
@Entity
@Table(name = "selectivity_policy")
@IdClass(SelectivityPolicy.Key.class)
public class SelectivityPolicy {

    @Id
    public String tenantId;
    @Id
    public int version;
    @JdbcTypeCode(SqlTypes.JSON)
    public PolicyDocument document;
    public String changeNote;
    public String createdBy;
    public Instant createdAt;

    public record Key(String tenantId, int version) implements Serializable {
    }
}
