package org.customsrisk.gateway.tenants;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every request needs to know of its tenant - suspended or not, and its rate limit - cached
 * for a few seconds per replica so that the registry is not read on every call. A change made
 * through this replica applies at once; other replicas follow within the cache's time to live.
 */
@ApplicationScoped
public class TenantRegistry {

    @ConfigMapping(prefix = "gateway.tenants")
    public interface Config {

        @WithDefault("5s")
        Duration cacheTtl();
    }

    /** A tenant as the gate sees it; an unregistered tenant (no record) is active with the platform's limit. */
    public record Admission(boolean suspended, String reason, Integer requestsPerSecond) {
    }

    private record Cached(Admission admission, Instant until) {
    }

    private final Duration ttl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    TenantRegistry(Config config) {
        this.ttl = config.cacheTtl();
    }

    public Admission admission(String tenant) {
        Cached cached = cache.get(tenant);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return cached.admission();
        }
        Admission admission = load(tenant);
        cache.put(tenant, new Cached(admission, Instant.now().plus(ttl)));
        return admission;
    }

    void forget(String tenant) {
        cache.remove(tenant);
    }

    private static Admission load(String tenant) {
        Tenant record = Tenants.find(tenant);
        if (record == null) {
            return new Admission(false, null, null);
        }
        return new Admission(record.status == Tenant.Status.SUSPENDED, record.statusReason, record.requestsPerSecond);
    }
}
