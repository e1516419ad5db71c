package org.customsrisk.ingestion.declaration;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One revision of a declaration as lodged, with when, by whom and through which channel it came.")
public record DeclarationView(
        @Schema(example = "KR-2024-000123") String declarationId,
        @Schema(description = "The revision shown.", example = "2") int revision,
        @Schema(description = "The declaration's current revision.", example = "2") int currentRevision,
        Instant receivedAt,
        @Schema(description = "User or client that sent this revision.", example = "service-account-kr-integrator") String receivedBy,
        @Schema(description = "'api' or 'bulk:<job id>'.", example = "api") String source,
        DeclarationSubmission declaration) {
}
