package org.customsrisk.model.training;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.customsrisk.common.problem.ResourceNotFoundException;

@ApplicationScoped
class TrainingJobRepository implements PanacheRepositoryBase<TrainingJob, UUID> {

    TrainingJob require(String tenant, String model, UUID id) {
        return find("id = ?1 and tenantId = ?2 and modelName = ?3", id, tenant, model).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("Training job", id));
    }

    List<TrainingJob> of(String tenant, String model) {
        return list("tenantId = ?1 and modelName = ?2 order by startedAt desc, id", tenant, model);
    }
}
