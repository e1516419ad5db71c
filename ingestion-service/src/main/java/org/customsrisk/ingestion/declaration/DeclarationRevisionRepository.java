package org.customsrisk.ingestion.declaration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class DeclarationRevisionRepository
        implements PanacheRepositoryBase<DeclarationRevision, DeclarationRevision.Key> {

    Optional<DeclarationRevision> find(String tenant, String declarationId, int revision) {
        return findByIdOptional(new DeclarationRevision.Key(tenant, declarationId, revision));
    }
}
