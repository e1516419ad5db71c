package org.customsrisk.ingestion.declaration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class GoodsItemRepository implements PanacheRepositoryBase<GoodsItem, GoodsItem.Key> {

    public List<GoodsItem> listOf(String tenant, String declarationId, int revision) {
        return list("tenantId = ?1 and declarationId = ?2 and revision = ?3 order by itemNumber",
                tenant, declarationId, revision);
    }
}
