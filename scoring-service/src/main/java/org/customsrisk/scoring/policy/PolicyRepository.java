package org.customsrisk.scoring.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<SelectivityPolicy, SelectivityPolicy.Key> {

    Optional<SelectivityPolicy> current(String tenant) {
        return find("tenantId = ?1 order by version desc", tenant).firstResultOptional();
    }

    Optional<SelectivityPolicy> version(String tenant, int version) {
        return findByIdOptional(new SelectivityPolicy.Key(tenant, version));
    }

    List<SelectivityPolicy> history(String tenant) {
        return list("tenantId = ?1 order by version desc", tenant);
    }
}
