package org.customsrisk.model.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.customsrisk.contracts.model.ModelStage;

/** Appends to a model's audit trail within the caller's transaction, and reads it back in order. */
@ApplicationScoped
public class AuditTrail implements PanacheRepositoryBase<AuditEntry, Long> {

    /** The fields of an entry other than the model and the time. */
    public record Record(Integer version, AuditAction action, ModelStage from, ModelStage to, String actor,
            String reason, UUID promotionRequestId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String tenant, String model, Record record, Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.tenantId = tenant;
        entry.modelName = model;
        entry.version = record.version();
        entry.action = record.action();
        entry.fromStage = record.from();
        entry.toStage = record.to();
        entry.actor = record.actor();
        entry.at = at;
        entry.reason = record.reason();
        entry.promotionRequestId = record.promotionRequestId();
        persist(entry);
    }

    List<AuditEntryView> of(String tenant, String model) {
        return list("tenantId = ?1 and modelName = ?2 order by sequence", tenant, model).stream()
                .map(AuditEntryView::of).toList();
    }
}
