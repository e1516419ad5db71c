package org.customsrisk.model.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A model with the numbers of its latest, PRODUCTION and STAGING versions. */
public record ModelView(String name, String description, Map<String, String> tags, String createdBy,
        Instant createdAt, Integer latestVersion, Integer productionVersion, List<Integer> stagingVersions) {
}
