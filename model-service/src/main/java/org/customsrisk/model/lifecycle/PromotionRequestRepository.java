package org.customsrisk.model.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.customsrisk.common.problem.ResourceNotFoundException;

@ApplicationScoped
class PromotionRequestRepository implements PanacheRepositoryBase<PromotionRequest, UUID> {

    PromotionRequest require(String tenant, String model, UUID id) {
        return find("id = ?1 and tenantId = ?2 and modelName = ?3", id, tenant, model).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("Promotion request", id));
    }

    boolean pendingFor(String tenant, String model, int version) {
        return count("tenantId = ?1 and modelName = ?2 and version = ?3 and status = ?4", tenant, model, version,
                PromotionRequest.Status.PENDING) > 0;
    }

    List<PromotionRequest> of(String tenant, String model, PromotionRequest.Status status) {
        return status == null
                ? list("tenantId = ?1 and modelName = ?2 order by requestedAt, id", tenant, model)
                : list("tenantId = ?1 and modelName = ?2 and status = ?3 order by requestedAt, id", tenant, model, status);
    }
}
