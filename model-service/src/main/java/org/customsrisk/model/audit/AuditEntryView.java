package org.customsrisk.model.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.customsrisk.contracts.model.ModelStage;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(long sequence, Integer version, AuditAction action, ModelStage fromStage,
        ModelStage toStage, String actor, Instant at, String reason, UUID promotionRequestId) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.sequence, entry.version, entry.action, entry.fromStage, entry.toStage,
                entry.actor, entry.at, entry.reason, entry.promotionRequestId);
    }
}
