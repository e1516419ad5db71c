package org.customsrisk.contracts.scoring;

import java.time.Instant;
import java.util.List;
import org.customsrisk.contracts.Channel;

/**
 * {@code declaration.scored}: the assessment of one revision of a declaration. {@code modelVersion}
 * is null when no model answered ({@code fallback} true); the shadow score of a STAGING model is
 * kept by scoring-service and not published.
 */
public record DeclarationScored(
        String tenant,
        String declarationId,
        int revision,
        Channel channel,
        SelectionMode selectionMode,
        Double fraudProbability,
        List<ScoredItem> items,
        List<Reason> reasons,
        String modelName,
        Integer modelVersion,
        int policyVersion,
        boolean fallback,
        Instant assessedAt) {
}
