package org.customsrisk.scoring.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The channels the declarations of one office and one day got (latest revision of each).")
public record ChannelRates(LocalDate acceptanceDate, String customsOfficeCode, long declarations, long red, long yellow,
        long blue, long green, @Schema(example = "0.051") double redRate) {
}
