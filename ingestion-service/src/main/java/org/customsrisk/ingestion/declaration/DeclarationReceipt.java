package org.customsrisk.ingestion.declaration;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Acknowledgement of a submitted declaration: it is stored and will be scored. "
        + "Submitting the same content again answers the same receipt.")
public record DeclarationReceipt(
        @Schema(example = "KR-2024-000123") String declarationId,
        @Schema(description = "Revision the content is stored as; an amendment increments it.", example = "1") int revision,
        @Schema(description = "When the platform first received this revision.") Instant receivedAt) {
}
