package org.customsrisk.ingestion.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rejected cell of a bulk file: the line (1 is the header), the column and why.")
public record RejectedRow(
        @Schema(example = "1042") long line,
        @Schema(example = "HS6 Code") String column,
        @Schema(example = "must be 6 to 10 digits") String reason) {
}
