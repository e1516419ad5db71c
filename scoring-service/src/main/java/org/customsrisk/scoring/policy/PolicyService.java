package org.customsrisk.scoring.policy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.customsrisk.common.problem.ConflictException;
import org.customsrisk.common.problem.ResourceNotFoundException;

/**
 * Versions of the tenants' selectivity policies, and the version in force for scoring: read from the
 * database at most every few seconds per tenant, so that every replica applies a change within that
 * time without a database round trip per declaration.
 */
@ApplicationScoped
public class PolicyService {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final PolicyRepository policies;
    private final DefaultPolicyConfig defaults;
    private final Map<String, Cached> inForce = new ConcurrentHashMap<>();

    PolicyService(PolicyRepository policies, DefaultPolicyConfig defaults) {
        this.policies = policies;
        this.defaults = defaults;
    }

    /** The policy scoring applies now for a tenant. */
    public PolicyView inForce(String tenant) {
        Cached cached = inForce.get(tenant);
        if (cached == null || cached.readAt().plus(REFRESH).isBefore(Instant.now())) {
            cached = new Cached(current(tenant), Instant.now());
            inForce.put(tenant, cached);
        }
        return cached.policy();
    }

    @Transactional
    public PolicyView current(String tenant) {
        return policies.current(tenant).map(PolicyView::of).orElseGet(this::platformDefault);
    }

    @Transactional
    public PolicyView version(String tenant, int version) {
        if (version == 0) {
            return platformDefault();
        }
        return policies.version(tenant, version).map(PolicyView::of)
                .orElseThrow(() -> new ResourceNotFoundException("selectivity policy version", version));
    }

    @Transactional
    public List<PolicyView> history(String tenant) {
        return policies.history(tenant).stream().map(PolicyView::of).toList();
    }

    /** A risk manager's change, refused when it was made from another version than the one in force. */
    public PolicyView change(String tenant, String username, PolicyChange change) {
        return add(tenant, username, change.document(), change.changeNote(), change.basedOnVersion());
    }

    /** A platform administrator's setting for a tenant, on top of whatever version is in force. */
    public PolicyView set(String tenant, String username, PolicyDocument document, String changeNote) {
        return add(tenant, username, document, changeNote, null);
    }

    private PolicyView add(String tenant, String username, PolicyDocument document, String changeNote,
            Integer basedOnVersion) {
        try {
            PolicyView created = QuarkusTransaction.requiringNew().call(() -> {
                int current = policies.current(tenant).map(policy -> policy.version).orElse(0);
                if (basedOnVersion != null && current != basedOnVersion) {
                    throw new ConflictException("the policy is at version " + current + ", not "
                            + basedOnVersion + ": reload it and apply the change again");
                }
                SelectivityPolicy policy = new SelectivityPolicy();
                policy.tenantId = tenant;
                policy.version = current + 1;
                policy.document = document;
                policy.changeNote = changeNote;
                policy.createdBy = username;
                policy.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                policies.persistAndFlush(policy);
                return PolicyView.of(policy);
            });
            inForce.put(tenant, new Cached(created, Instant.now()));
            return created;
        } catch (PersistenceException e) {
            throw new ConflictException("another change of the policy was saved at the same time: reload it and apply "
                    + "the change again");
        }
    }

    private PolicyView platformDefault() {
        return new PolicyView(0, new PolicyDocument(defaults.redRate(), defaults.yellowRate(), defaults.blueRate(),
                defaults.explorationShare(), defaults.explorationMode(), List.of(), Map.of()),
                "platform default", "platform", Instant.EPOCH);
    }

    private record Cached(PolicyView policy, Instant readAt) {
    }
}
