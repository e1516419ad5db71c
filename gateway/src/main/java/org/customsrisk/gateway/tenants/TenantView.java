package org.customsrisk.gateway.tenants;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** A tenant as the platform administrator sees it; {@code integrator} only in the answer to onboarding. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenantView(String tenant, String displayName, Tenant.Status status, String statusReason,
        String statusChangedBy, Instant statusChangedAt, Settings settings, Map<String, String> settingsApplied,
        String integratorClientId, Integrator integrator, String createdBy, Instant createdAt) {

    public record Settings(boolean fourEyes, JsonNode defaultPolicy, Integer requestsPerSecond) {
    }

    /** The credentials of the tenant's clearance system, shown once. */
    public record Integrator(String clientId, String clientSecret, String tokenUrl) {
    }

    static TenantView of(Tenant tenant, Integrator integrator) {
        return new TenantView(tenant.id, tenant.displayName, tenant.status, tenant.statusReason, tenant.statusChangedBy,
                tenant.statusChangedAt, new Settings(tenant.fourEyes, tenant.defaultPolicy, tenant.requestsPerSecond),
                tenant.settingsApplied, tenant.integratorClientId, integrator, tenant.createdBy, tenant.createdAt);
    }
}
