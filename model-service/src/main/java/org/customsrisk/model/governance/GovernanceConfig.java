package org.customsrisk.model.governance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "model.governance")
public interface GovernanceConfig {

    /** The four-eyes rule of a tenant that no platform administrator has set yet. */
    @WithDefault("false")
    boolean fourEyesByDefault();
}
