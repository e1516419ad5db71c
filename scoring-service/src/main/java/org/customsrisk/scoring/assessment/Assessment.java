package org.customsrisk.scoring.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.scoring.Reason;
import org.customsrisk.contracts.scoring.ScoredItem;
import org.customsrisk.contracts.scoring.SelectionMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The assessment of one revision of a declaration: scores, reasons, channel and what decided it. */
@Entity
@Table(name = "assessment")
@IdClass(Assessment.Key.class)
public class Assessment {

    @Id
    public String tenantId;
    @Id
    public String declarationId;
    @Id
    public int revision;
    public LocalDate acceptanceDate;
    public String customsOfficeCode;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public SelectionMode selectionMode;
    public double inspectionProbability;
    @Enumerated(EnumType.STRING)
    public Channel modelChannel;
    public Double fraudProbability;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScoredItem> items;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Reason> reasons;
    public String modelName;
    public Integer modelVersion;
    public String shadowModelName;
    public Integer shadowModelVersion;
    public Double shadowProbability;
    public int policyVersion;
    public boolean fallback;
    public String fallbackReason;
    public Instant assessedAt;

    public record Key(String tenantId, String declarationId, int revision) implements Serializable {
    }
}
