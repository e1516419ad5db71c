package org.customsrisk.scoring.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.customsrisk.contracts.inspection.InspectionRecorded;

/** The latest version of each inspection result, kept for the performance reports. */
@ApplicationScoped
public class InspectionOutcomes {

    private final EntityManager entities;

    InspectionOutcomes(EntityManager entities) {
        this.entities = entities;
    }

    /** Idempotent and order-proof: an older version than the one kept changes nothing. */
    @Transactional
    public void record(InspectionRecorded result) {
        entities.createNativeQuery("""
                insert into inspection_outcome (tenant_id, declaration_id, item_number, version, illicit, critical,
                    revenue_recovered, inspection_date, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (tenant_id, declaration_id, item_number) do update
                set version = excluded.version, illicit = excluded.illicit, critical = excluded.critical,
                    revenue_recovered = excluded.revenue_recovered, inspection_date = excluded.inspection_date,
                    recorded_at = excluded.recorded_at
                where inspection_outcome.version < excluded.version""")
                .setParameter(1, result.tenant())
                .setParameter(2, result.declarationId())
                .setParameter(3, result.itemNumber() == null ? 0 : result.itemNumber())
                .setParameter(4, result.version())
                .setParameter(5, result.illicit())
                .setParameter(6, result.critical())
                .setParameter(7, result.revenueRecovered())
                .setParameter(8, result.inspectionDate())
                .setParameter(9, result.recordedAt())
                .executeUpdate();
    }
}
