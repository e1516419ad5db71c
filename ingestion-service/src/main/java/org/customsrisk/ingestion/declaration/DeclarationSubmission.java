package org.customsrisk.ingestion.declaration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.customsrisk.ingestion.validation.CountryCode;
import org.customsrisk.ingestion.validation.IsoReferenceData;
import org.customsrisk.ingestion.validation.NotInFuture;
import org.customsrisk.ingestion.validation.PlainText;
import org.customsrisk.ingestion.validation.UniqueItemNumbers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An import declaration as the clearance system lodged it: header and goods items. "
        + "Field meanings follow the WCO Data Model.")
@PlainText
public record DeclarationSubmission(
        @Schema(description = "Identifier of the declaration, unique within the administration.", example = "KR-2024-000123")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*",
                message = "must start with a letter or digit and contain only letters, digits, '.', '_', '/' or '-'")
        String declarationId,

        @Schema(description = "Date the customs office accepted the declaration.", example = "2024-03-18")
        @NotNull @NotInFuture LocalDate acceptanceDate,

        @Schema(description = "Customs office of declaration.", example = "030")
        @NotBlank @Size(max = 32) String customsOfficeCode,

        @Schema(description = "Importer (consignee) identifier, e.g. its trader identification number.", example = "QLRUBN9")
        @NotBlank @Size(max = 64) String importerId,

        @Schema(description = "Declarant (customs broker) identifier.", example = "ZZR1LT6")
        @NotBlank @Size(max = 64) String declarantId,

        @Schema(description = "Seller (foreign supplier) identifier.", example = "0VKY2BR")
        @Size(max = 64) String sellerId,

        @Schema(description = "Express courier identifier, when the goods came by courier.")
        @Size(max = 64) String courierId,

        @Schema(description = "Country from which the goods were dispatched, ISO 3166-1 alpha-2.", example = "BE")
        @Pattern(regexp = GoodsItemSubmission.CODE, message = GoodsItemSubmission.CODE_MESSAGE)
        @CountryCode(groups = IsoReferenceData.class) String countryOfDeparture,

        @Schema(description = "Mode of transport at the border, as the administration codes it.", example = "10")
        @Size(max = 16) String modeOfTransport,

        @Schema(description = "Customs procedure or processing type.", example = "B")
        @Size(max = 16) String processType,

        @Schema(description = "Import type (e.g. home use, warehousing).", example = "11")
        @Size(max = 16) String importType,

        @Schema(description = "Intended use of the imported goods.", example = "21")
        @Size(max = 16) String importUse,

        @Schema(description = "Payment type.", example = "11")
        @Size(max = 16) String paymentType,

        @Schema(description = "The goods items, 1 to 999.")
        @NotEmpty @Size(max = 999) @UniqueItemNumbers List<@Valid @NotNull GoodsItemSubmission> goodsItems) {
}
