package org.customsrisk.scoring.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The policy in force for a tenant that has not set its own (version 0). */
@ConfigMapping(prefix = "scoring.default-policy")
public interface DefaultPolicyConfig {

    @WithDefault("0.05")
    double redRate();

    @WithDefault("0.10")
    double yellowRate();

    @WithDefault("0.15")
    double blueRate();

    @WithDefault("0.10")
    double explorationShare();

    @WithDefault("RANDOM")
    ExplorationMode explorationMode();
}
