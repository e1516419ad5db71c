package org.customsrisk.ingestion.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.customsrisk.contracts.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The current version of an inspection result.")
public record InspectionResultView(
        @Schema(example = "KR-2024-000123") String declarationId,
        @Schema(description = "The goods item; absent for the whole declaration.") Integer itemNumber,
        @Schema(description = "1 for the first result, incremented by each correction.", example = "1") int version,
        boolean illicit,
        boolean critical,
        BigDecimal revenueRecovered,
        String revenueCurrency,
        LocalDate inspectionDate,
        Channel channelApplied,
        String remarks,
        Instant recordedAt,
        String recordedBy) {

    static InspectionResultView of(InspectionResult result) {
        return new InspectionResultView(result.declarationId, result.itemNumber == 0 ? null : result.itemNumber,
                result.version, result.illicit, result.critical, result.revenueRecovered, result.revenueCurrency,
                result.inspectionDate, result.channelApplied == null ? null : Channel.valueOf(result.channelApplied),
                result.remarks, result.recordedAt, result.recordedBy);
    }
}
