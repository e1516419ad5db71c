package org.customsrisk.ingestion.inspection;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.customsrisk.contracts.Channel;
import org.customsrisk.ingestion.validation.CurrencyCode;
import org.customsrisk.ingestion.validation.IsoReferenceData;
import org.customsrisk.ingestion.validation.NotInFuture;
import org.customsrisk.ingestion.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of an inspection of a declaration, or of one of its goods items. Sending the same "
        + "outcome again changes nothing; a different outcome for the same declaration and item is a correction, "
        + "kept as a new version.")
@ConsistentFinding
@PlainText
public record InspectionResultSubmission(
        @Schema(description = "The goods item inspected; absent for the whole declaration.", example = "1")
        @Min(1) @Max(999) Integer itemNumber,

        @Schema(description = "Whether the inspection found an irregularity (fraud, smuggling, misdeclaration).")
        @NotNull Boolean illicit,

        @Schema(description = "Whether the finding is critical (e.g. prohibited goods). Implies illicit.")
        boolean critical,

        @Schema(description = "Additional duty and taxes raised by the finding.", example = "1520000")
        @PositiveOrZero @Digits(integer = 15, fraction = 18) BigDecimal revenueRecovered,

        @Schema(description = "Currency of revenueRecovered, ISO 4217; required with it.", example = "KRW")
        @Pattern(regexp = "[A-Z]{3}", message = "must be three capital letters")
        @CurrencyCode(groups = IsoReferenceData.class) String revenueCurrency,

        @Schema(description = "Date of the inspection.", example = "2024-03-19")
        @NotNull @NotInFuture LocalDate inspectionDate,

        @Schema(description = "The channel actually applied to the declaration.")
        Channel channelApplied,

        @Schema(description = "Remarks of the officer.")
        @Size(max = 2000) String remarks) {
}
