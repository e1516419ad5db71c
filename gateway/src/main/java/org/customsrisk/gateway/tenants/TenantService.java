package org.customsrisk.gateway.tenants;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.problem.ConflictException;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.common.security.Caller;

/** Onboarding, settings and suspension of tenants, by a platform administrator. */
@ApplicationScoped
public class TenantService {

    private final IntegratorClients integrators;
    private final TenantSettingsPush settings;
    private final TenantRegistry registry;
    private final Caller caller;

    TenantService(IntegratorClients integrators, TenantSettingsPush settings, TenantRegistry registry, Caller caller) {
        this.integrators = integrators;
        this.settings = settings;
        this.registry = registry;
        this.caller = caller;
    }

    /**
     * The client in Keycloak first, then the record; if the record cannot be stored the client is
     * removed again. The settings go to the services last: a service that does not take them is
     * recorded in {@code settingsApplied}.
     */
    public TenantView onboard(Onboarding onboarding) {
        String id = onboarding.tenant();
        if (QuarkusTransaction.requiringNew().call(() -> Tenants.find(id)) != null) {
            throw new ConflictException("The tenant '" + id + "' is already onboarded.");
        }
        TenantView.Integrator integrator = integrators.create(id);
        Tenant tenant = new Tenant();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Instant now = Instant.now();
                tenant.id = id;
                tenant.displayName = onboarding.displayName();
                tenant.status = Tenant.Status.ACTIVE;
                tenant.statusChangedBy = caller.username();
                tenant.statusChangedAt = now;
                tenant.integratorClientId = integrator.clientId();
                tenant.createdBy = caller.username();
                tenant.createdAt = now;
                change(tenant, onboarding.settings());
                tenant.settingsApplied = Map.of();
                Tenants.persist(tenant);
            });
        } catch (RuntimeException e) {
            integrators.delete(id);
            throw e;
        }
        registry.forget(id);
        return TenantView.of(push(id, "Onboarding of " + id), integrator);
    }

    public List<TenantView> list(int offset, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> Tenants.page(offset, limit).stream()
                .map(tenant -> TenantView.of(tenant, null))
                .toList());
    }

    public TenantView get(String id) {
        return TenantView.of(QuarkusTransaction.requiringNew().call(() -> existing(id)), null);
    }

    public TenantView changeSettings(String id, SettingsChange change) {
        QuarkusTransaction.requiringNew().run(() -> change(existing(id), change));
        registry.forget(id);
        return TenantView.of(push(id, "Settings changed by " + caller.username()), null);
    }

    public TenantView suspend(String id, Suspension suspension) {
        return setStatus(id, Tenant.Status.SUSPENDED, suspension.reason());
    }

    public TenantView reinstate(String id) {
        return setStatus(id, Tenant.Status.ACTIVE, null);
    }

    private TenantView setStatus(String id, Tenant.Status status, String reason) {
        Tenant changed = QuarkusTransaction.requiringNew().call(() -> {
            Tenant tenant = existing(id);
            tenant.status = status;
            tenant.statusReason = reason;
            tenant.statusChangedBy = caller.username();
            tenant.statusChangedAt = Instant.now();
            return tenant;
        });
        registry.forget(id);
        return TenantView.of(changed, null);
    }

    private Tenant push(String id, String why) {
        Tenant tenant = QuarkusTransaction.requiringNew().call(() -> existing(id));
        Map<String, String> outcome = settings.apply(id, tenant.fourEyes, tenant.defaultPolicy, why);
        return QuarkusTransaction.requiringNew().call(() -> {
            Tenant updated = existing(id);
            updated.settingsApplied = outcome;
            return updated;
        });
    }

    private static void change(Tenant tenant, SettingsChange change) {
        tenant.fourEyes = change.fourEyes();
        tenant.defaultPolicy = change.defaultPolicy();
        tenant.requestsPerSecond = change.requestsPerSecond();
    }

    private static Tenant existing(String id) {
        Tenant tenant = Tenants.find(id);
        if (tenant == null) {
            throw new ResourceNotFoundException("Tenant", id);
        }
        return tenant;
    }
}
