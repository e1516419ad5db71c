package org.customsrisk.ingestion.inspection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class InspectionResultRepository implements PanacheRepositoryBase<InspectionResult, InspectionResult.Key> {

    /** The current version of each result of a declaration, the declaration-wide one first. */
    List<InspectionResult> currentOf(String tenant, String declarationId) {
        return list("""
                from InspectionResult r
                where r.tenantId = ?1 and r.declarationId = ?2
                  and r.version = (select max(o.version) from InspectionResult o
                                   where o.tenantId = r.tenantId and o.declarationId = r.declarationId
                                     and o.itemNumber = r.itemNumber)
                order by r.itemNumber""", tenant, declarationId);
    }
}
