package org.customsrisk.gateway.tenants;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per tenant and replica (Bucket4j): the tenant's requests per second refill it, up
 * to a burst. A tenant whose limit changes gets a new bucket.
 */
@ApplicationScoped
public class RateLimits {

    @ConfigMapping(prefix = "gateway.rate-limit")
    public interface Config {

        /** Sustained requests per second of a tenant without a limit of its own. */
        int requestsPerSecond();

        /** Requests a tenant may send at once beyond the sustained rate (at least its rate). */
        int burst();
    }

    private record Limited(int perSecond, Bucket bucket) {
    }

    private final Config config;
    private final Map<String, Limited> buckets = new ConcurrentHashMap<>();

    RateLimits(Config config) {
        this.config = config;
    }

    /** Empty when the request may go on; otherwise how long to wait before the next one. */
    public Duration refusal(String tenant, Integer tenantLimit) {
        int perSecond = tenantLimit != null ? tenantLimit : config.requestsPerSecond();
        Limited limited = buckets.compute(tenant, (key, current) -> current != null && current.perSecond() == perSecond
                ? current : new Limited(perSecond, bucket(perSecond)));
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(int perSecond) {
        int capacity = Math.max(perSecond, tenantBurst(perSecond));
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build();
    }

    private int tenantBurst(int perSecond) {
        return perSecond == config.requestsPerSecond() ? config.burst() : perSecond;
    }
}
