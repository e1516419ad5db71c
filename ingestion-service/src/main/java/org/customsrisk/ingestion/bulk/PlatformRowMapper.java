package org.customsrisk.ingestion.bulk;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customsrisk.contracts.Channel;
import org.customsrisk.ingestion.declaration.DeclarationSubmission;
import org.customsrisk.ingestion.declaration.GoodsItemSubmission;
import org.customsrisk.ingestion.inspection.InspectionResultSubmission;
import org.customsrisk.ingestion.validation.IsoReferenceData;

/**
 * The platform's own layout: one row per goods item, columns named as the JSON fields of a
 * declaration and its goods item; consecutive rows with the same declarationId form one
 * declaration. The optional label columns (illicit, critical, revenueRecovered, revenueCurrency,
 * inspectionDate, channelApplied, remarks) give the result of the row's goods item.
 */
final class PlatformRowMapper implements RowMapper {

    private static final List<String> HEADER_FIELDS = List.of("declarationId", "acceptanceDate",
            "customsOfficeCode", "importerId", "declarantId", "sellerId", "courierId", "countryOfDeparture",
            "modeOfTransport", "processType", "importType", "importUse", "paymentType");
    private static final List<String> ITEM_FIELDS = List.of("itemNumber", "hsCode", "description", "countryOfOrigin",
            "originIndicator", "quantity", "quantityUnit", "grossMassKg", "netMassKg", "fobValue", "cifValue",
            "currency", "taxRate", "taxType", "dutyAndTaxes");
    private static final List<String> LABEL_FIELDS = List.of("illicit", "critical", "revenueRecovered",
            "revenueCurrency", "inspectionDate", "channelApplied", "remarks");
    private static final Map<String, String> COLUMNS = Stream.of(HEADER_FIELDS, ITEM_FIELDS, LABEL_FIELDS)
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Function.identity()));

    @Override
    public List<String> requiredColumns(ImportOptions options) {
        List<String> required = new ArrayList<>(List.of("declarationId", "acceptanceDate", "customsOfficeCode",
                "importerId", "declarantId", "itemNumber", "hsCode", "countryOfOrigin", "cifValue", "currency"));
        if (options.importLabels()) {
            required.addAll(List.of("illicit", "inspectionDate"));
        }
        return required;
    }

    @Override
    public Map<String, String> columnsByField() {
        return COLUMNS;
    }

    @Override
    public Class<?>[] validationGroups() {
        return new Class<?>[] { IsoReferenceData.class };
    }

    @Override
    public ParsedRow map(CsvRow row, ImportOptions options) throws RowRejectedException {
        GoodsItemSubmission item = new GoodsItemSubmission(row.integer("itemNumber"), row.text("hsCode"),
                row.text("description"), row.text("countryOfOrigin"), row.text("originIndicator"),
                row.decimal("quantity"), row.text("quantityUnit"), row.decimal("grossMassKg"), row.decimal("netMassKg"),
                row.decimal("fobValue"), row.decimal("cifValue"), row.text("currency"), row.decimal("taxRate"),
                row.text("taxType"), row.decimal("dutyAndTaxes"));
        DeclarationSubmission declaration = new DeclarationSubmission(row.text("declarationId"),
                row.date("acceptanceDate", DateTimeFormatter.ISO_LOCAL_DATE), row.text("customsOfficeCode"),
                row.text("importerId"), row.text("declarantId"), row.text("sellerId"), row.text("courierId"),
                row.text("countryOfDeparture"), row.text("modeOfTransport"), row.text("processType"),
                row.text("importType"), row.text("importUse"), row.text("paymentType"), List.of(item));
        InspectionResultSubmission label = null;
        Boolean illicit = row.flag("illicit");
        if (options.importLabels() && illicit != null) {
            Boolean critical = row.flag("critical");
            label = new InspectionResultSubmission(item.itemNumber(), illicit, Boolean.TRUE.equals(critical),
                    row.decimal("revenueRecovered"), row.text("revenueCurrency"),
                    row.date("inspectionDate", DateTimeFormatter.ISO_LOCAL_DATE), channel(row),
                    row.text("remarks"));
        }
        return new ParsedRow(row.line(), declaration, label);
    }

    private static Channel channel(CsvRow row) throws RowRejectedException {
        String value = row.text("channelApplied");
        try {
            return value == null ? null : Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException("channelApplied", "'" + value + "' is not one of RED, YELLOW, BLUE, GREEN");
        }
    }
}
