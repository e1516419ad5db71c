package org.customsrisk.model.governance;

import java.time.Instant;

public record GovernanceView(String tenant, boolean fourEyes, String reason, String changedBy, Instant changedAt) {

    static GovernanceView of(Governance governance) {
        return new GovernanceView(governance.tenantId, governance.fourEyes, governance.reason, governance.changedBy,
                governance.changedAt);
    }
}
