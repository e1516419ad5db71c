package org.customsrisk.ingestion.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One version of the result of an inspection; item number 0 stands for the whole declaration. */
@Entity
@Table(name = "inspection_result")
@IdClass(InspectionResult.Key.class)
public class InspectionResult {

    @Id
    public String tenantId;
    @Id
    public String declarationId;
    @Id
    public int itemNumber;
    @Id
    public int version;
    public String contentSha256;
    public boolean illicit;
    public boolean critical;
    public BigDecimal revenueRecovered;
    public String revenueCurrency;
    public LocalDate inspectionDate;
    public String channelApplied;
    public String remarks;
    public Instant recordedAt;
    public String recordedBy;
    public String source;

    public record Key(String tenantId, String declarationId, int itemNumber, int version) implements Serializable {
    }
}
