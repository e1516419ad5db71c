package org.customsrisk.ingestion.bulk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BulkImportJobRepository implements PanacheRepositoryBase<BulkImportJob, UUID> {

    Optional<BulkImportJob> findOfTenant(String tenant, UUID jobId) {
        return find("tenantId = ?1 and id = ?2", tenant, jobId).firstResultOptional();
    }

    List<BulkImportJob> recentOfTenant(String tenant, int limit) {
        return find("tenantId = ?1 order by submittedAt desc", tenant).page(0, limit).list();
    }

    int heartbeat(Collection<UUID> jobIds) {
        return update("heartbeatAt = ?1 where id in ?2 and status in ?3", Instant.now(), jobIds,
                List.of(BulkImportStatus.QUEUED, BulkImportStatus.RUNNING));
    }

    int failAbandoned(Instant heartbeatBefore, String reason) {
        return update("""
                status = :failed, failureReason = :reason, finishedAt = :now
                where status in :active and heartbeatAt < :before""",
                Parameters.with("failed", BulkImportStatus.FAILED).and("reason", reason).and("now", Instant.now())
                        .and("active", List.of(BulkImportStatus.QUEUED, BulkImportStatus.RUNNING))
                        .and("before", heartbeatBefore));
    }
}
