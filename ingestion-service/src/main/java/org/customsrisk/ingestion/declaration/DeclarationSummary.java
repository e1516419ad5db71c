package org.customsrisk.ingestion.declaration;

import java.time.Instant;
import java.time.LocalDate;
import org.customsrisk.contracts.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A declaration in a search result: its current revision's header.")
public record DeclarationSummary(
        @Schema(example = "KR-2024-000123") String declarationId,
        @Schema(example = "1") int revision,
        LocalDate acceptanceDate,
        @Schema(example = "030") String customsOfficeCode,
        @Schema(example = "QLRUBN9") String importerId,
        @Schema(example = "ZZR1LT6") String declarantId,
        Instant receivedAt,
        @Schema(description = "The channel scoring gave; absent until the declaration is assessed.") Channel channel) {

    static DeclarationSummary of(DeclarationHead head) {
        return new DeclarationSummary(head.declarationId, head.currentRevision, head.acceptanceDate,
                head.customsOfficeCode, head.importerId, head.declarantId, head.currentReceivedAt, head.channel);
    }
}
