package org.customsrisk.model.governance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

@ApplicationScoped
public class GovernanceRepository implements PanacheRepositoryBase<Governance, String> {

    private final GovernanceConfig config;
    private final Clock clock;

    GovernanceRepository(GovernanceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Whether promotions of the tenant need a second model manager; the default until it is set. */
    public boolean fourEyes(String tenant) {
        return findByIdOptional(tenant).map(governance -> governance.fourEyes).orElse(config.fourEyesByDefault());
    }

    @Transactional
    GovernanceView set(String tenant, String admin, GovernanceSetting setting) {
        Governance governance = findByIdOptional(tenant).orElseGet(Governance::new);
        governance.fourEyes = setting.fourEyes();
        governance.reason = setting.reason();
        governance.changedBy = admin;
        governance.changedAt = clock.instant();
        if (governance.tenantId == null) {
            governance.tenantId = tenant;
            persist(governance);
        }
        return GovernanceView.of(governance);
    }
}
