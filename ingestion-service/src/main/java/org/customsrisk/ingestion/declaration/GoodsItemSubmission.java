package org.customsrisk.ingestion.declaration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.customsrisk.ingestion.validation.CountryCode;
import org.customsrisk.ingestion.validation.CurrencyCode;
import org.customsrisk.ingestion.validation.IsoReferenceData;
import org.customsrisk.ingestion.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One goods item of a declaration (WCO Data Model: goods item).")
@PlainText
public record GoodsItemSubmission(
        @Schema(description = "Sequence number of the item in the declaration, from 1.", example = "1")
        @NotNull @Min(1) @Max(999) Integer itemNumber,

        @Schema(description = "Tariff classification: HS code of 6 to 10 digits.", example = "847130")
        @NotBlank @Pattern(regexp = "\\d{6,10}", message = "must be 6 to 10 digits") String hsCode,

        @Schema(description = "Description of the goods.", example = "Portable computers")
        @Size(max = 512) String description,

        @Schema(description = "Country of origin, ISO 3166-1 alpha-2.", example = "CN")
        @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @CountryCode(groups = IsoReferenceData.class)
        String countryOfOrigin,

        @Schema(description = "How origin was established (preferential, non-preferential...), as the administration codes it.")
        @Size(max = 16) String originIndicator,

        @Schema(description = "Quantity in the supplementary unit.", example = "120")
        @PositiveOrZero @Digits(integer = 15, fraction = 18) BigDecimal quantity,

        @Schema(description = "Supplementary unit of the quantity (e.g. NAR, KGM, LTR).", example = "NAR")
        @Size(max = 8) String quantityUnit,

        @Schema(description = "Gross mass in kilograms.", example = "310.5")
        @PositiveOrZero @Digits(integer = 15, fraction = 18) BigDecimal grossMassKg,

        @Schema(description = "Net mass in kilograms.", example = "288")
        @PositiveOrZero @Digits(integer = 15, fraction = 18) BigDecimal netMassKg,

        @Schema(description = "Value free on board, in currency.", example = "41000")
        @PositiveOrZero @Digits(integer = 15, fraction = 18) BigDecimal fobValue,

        @Schema(description = "Value with cost, insurance and freight (customs value), in currency.", example = "43250.75")
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 18) BigDecimal cifValue,

        @Schema(description = "Currency of the values, ISO 4217.", example = "USD")
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be three capital letters")
        @CurrencyCode(groups = IsoReferenceData.class) String currency,

        @Schema(description = "Duty rate applied, in percent.", example = "8")
        @PositiveOrZero @DecimalMax("1000") @Digits(integer = 4, fraction = 4) BigDecimal taxRate,

        @Schema(description = "Kind of duty rate (e.g. MFN, FTA preferential), as the administration codes it.")
        @Size(max = 16) String taxType,

        @Schema(description = "Duty and taxes assessed on the item, in currency.", example = "3460.06")
        @PositiveOrZero @Digits(integer = 15, fraction = 18) BigDecimal dutyAndTaxes) {

    static final String CODE = "[A-Z0-9]{2,10}";
    static final String CODE_MESSAGE = "must be 2 to 10 capital letters or digits";
}
