package org.customsrisk.scoring.assessment;

import java.util.List;
import org.customsrisk.contracts.scoring.Reason;
import org.customsrisk.contracts.scoring.ScoredItem;

/**
 * What a deployed model said about a declaration, or why it said nothing ({@code unavailable}
 * set, everything else empty).
 */
record ModelScore(String modelName, Integer modelVersion, Double fraudProbability, List<ScoredItem> items,
        List<Reason> reasons, String unavailable) {

    static ModelScore unavailable(String reason) {
        return new ModelScore(null, null, null, List.of(), List.of(), reason);
    }

    boolean answered() {
        return unavailable == null;
    }
}
