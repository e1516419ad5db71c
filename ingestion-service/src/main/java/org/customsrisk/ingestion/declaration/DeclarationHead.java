package org.customsrisk.ingestion.declaration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.customsrisk.contracts.Channel;

/** The head of a declaration: which revision is current, and its searchable header fields. */
@Entity
@Table(name = "declaration")
@IdClass(DeclarationHead.Key.class)
public class DeclarationHead {

    @Id
    public String tenantId;
    @Id
    public String declarationId;
    public int currentRevision;
    public String contentSha256;
    public Instant currentReceivedAt;
    public Instant firstReceivedAt;
    public LocalDate acceptanceDate;
    public String customsOfficeCode;
    public String importerId;
    public String declarantId;
    @Enumerated(EnumType.STRING)
    public Channel channel;

    public record Key(String tenantId, String declarationId) implements Serializable {
    }
}
