package org.customsrisk.scoring.selectivity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The selection state of each tenant: a score window seeded on first use with the tenant's most
 * recent model scores, so that a restarted replica applies the same thresholds as before, and an
 * exploration budget.
 */
@ApplicationScoped
public class TenantSelections {

    @ConfigMapping(prefix = "scoring.selectivity")
    public interface WindowConfig {
        /** Recent model scores per tenant from which the channel thresholds are read. */
        @WithDefault("5000")
        int windowSize();
    }

    private final WindowConfig config;
    private final Map<String, TenantSelection> states = new ConcurrentHashMap<>();

    TenantSelections(WindowConfig config) {
        this.config = config;
    }

    /** The tenant's state; {@code recentScores(tenant, limit)} supplies its window's seed, newest first. */
    public TenantSelection of(String tenant, BiFunction<String, Integer, List<Double>> recentScores) {
        return states.computeIfAbsent(tenant, key -> {
            ScoreWindow window = new ScoreWindow(config.windowSize());
            List<Double> seed = recentScores.apply(key, config.windowSize());
            for (int i = seed.size() - 1; i >= 0; i--) {
                window.add(seed.get(i));
            }
            return new TenantSelection(window, new ExplorationBudget());
        });
    }
}
