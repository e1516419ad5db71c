package org.customsrisk.model.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.contracts.model.ModelStage;

@ApplicationScoped
public class VersionRepository implements PanacheRepositoryBase<ModelVersion, ModelVersion.Key> {

    public ModelVersion require(String tenant, String model, int version) {
        return findByIdOptional(new ModelVersion.Key(tenant, model, version))
                .orElseThrow(() -> new ResourceNotFoundException("Version", model + "/" + version));
    }

    public Optional<ModelVersion> inStage(String tenant, String model, ModelStage stage) {
        return find("tenantId = ?1 and modelName = ?2 and stage = ?3 order by version desc", tenant, model, stage)
                .firstResultOptional();
    }

    List<ModelVersion> of(String tenant, String model) {
        return list("tenantId = ?1 and modelName = ?2 order by version", tenant, model);
    }

    List<ModelVersion> of(String tenant, String model, ModelStage stage) {
        return list("tenantId = ?1 and modelName = ?2 and stage = ?3 order by version", tenant, model, stage);
    }

    int latest(String tenant, String model) {
        Integer latest = getEntityManager()
                .createQuery("select max(v.version) from ModelVersion v where v.tenantId = ?1 and v.modelName = ?2",
                        Integer.class)
                .setParameter(1, tenant).setParameter(2, model).getSingleResult();
        return latest == null ? 0 : latest;
    }
}
