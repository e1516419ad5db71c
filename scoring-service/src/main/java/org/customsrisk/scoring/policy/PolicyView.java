package org.customsrisk.scoring.policy;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A version of the selectivity policy. Version 0 is the platform default, in force until the "
        + "administration sets its own.")
public record PolicyView(
        @Schema(example = "3") int version,
        PolicyDocument document,
        @Schema(example = "Raise exploration after the 2024 audit") String changeNote,
        @Schema(example = "kr-risk-manager") String createdBy,
        Instant createdAt) {

    static PolicyView of(SelectivityPolicy policy) {
        return new PolicyView(policy.version, policy.document, policy.changeNote, policy.createdBy, policy.createdAt);
    }
}
