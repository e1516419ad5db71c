package org.customsrisk.model.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.customsrisk.common.problem.ResourceNotFoundException;

@ApplicationScoped
public class ModelRepository implements PanacheRepositoryBase<Model, Model.Key> {

    public Optional<Model> find(String tenant, String name) {
        return findByIdOptional(new Model.Key(tenant, name));
    }

    /** The model, or 404: another tenant's model is answered exactly like a missing one. */
    public Model require(String tenant, String name) {
        return find(tenant, name).orElseThrow(() -> notFound(name));
    }

    /**
     * The model, locked until the transaction ends: versions are numbered and stages changed under
     * this lock, so that two requests on one model take turns.
     */
    public Model lock(String tenant, String name) {
        return findByIdOptional(new Model.Key(tenant, name), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(name));
    }

    List<Model> of(String tenant) {
        return list("tenantId = ?1 order by name", tenant);
    }

    private static ResourceNotFoundException notFound(String name) {
        return new ResourceNotFoundException("Model", name);
    }
}
