package org.customsrisk.ingestion.declaration;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One revision of a declaration's header, exactly as it was lodged. */
@Entity
@Table(name = "declaration_revision")
@IdClass(DeclarationRevision.Key.class)
public class DeclarationRevision {

    @Id
    public String tenantId;
    @Id
    public String declarationId;
    @Id
    public int revision;
    public String contentSha256;
    public Instant receivedAt;
    public String receivedBy;
    public String source;
    public LocalDate acceptanceDate;
    public String customsOfficeCode;
    public String importerId;
    public String declarantId;
    public String sellerId;
    public String courierId;
    public String countryOfDeparture;
    public String modeOfTransport;
    public String processType;
    public String importType;
    public String importUse;
    public String paymentType;

    public record Key(String tenantId, String declarationId, int revision) implements Serializable {
    }
}
