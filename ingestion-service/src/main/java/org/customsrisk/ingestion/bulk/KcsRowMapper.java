package org.customsrisk.ingestion.bulk;

import static java.util.Map.entry;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.customsrisk.ingestion.declaration.DeclarationSubmission;
import org.customsrisk.ingestion.declaration.GoodsItemSubmission;
import org.customsrisk.ingestion.inspection.InspectionResultSubmission;
import org.customsrisk.ingestion.validation.IsoReferenceData;

/**
 * The KCS synthetic import declarations (datasets/kcs/SOURCE.md): one goods item per row, values in
 * KRW, "Item Price" is the assessed (customs) value. With labels, "Fraud" becomes an inspection
 * result of the whole declaration dated on the declaration's date, critical when "Critical Fraud" is 2.
 */
final class KcsRowMapper implements RowMapper {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            entry("declarationId", "Declaration ID"),
            entry("acceptanceDate", "Date"),
            entry("customsOfficeCode", "Office ID"),
            entry("processType", "Process Type"),
            entry("importType", "Import Type"),
            entry("importUse", "Import Use"),
            entry("paymentType", "Payment Type"),
            entry("modeOfTransport", "Mode of Transport"),
            entry("declarantId", "Declarant ID"),
            entry("importerId", "Importer ID"),
            entry("sellerId", "Seller ID"),
            entry("courierId", "Courier ID"),
            entry("hsCode", "HS6 Code"),
            entry("countryOfDeparture", "Country of Departure"),
            entry("countryOfOrigin", "Country of Origin"),
            entry("taxRate", "Tax Rate"),
            entry("taxType", "Tax Type"),
            entry("originIndicator", "Country of Origin Indicator"),
            entry("netMassKg", "Net Mass"),
            entry("cifValue", "Item Price"),
            entry("illicit", "Fraud"),
            entry("critical", "Critical Fraud"),
            entry("inspectionDate", "Date"));

    @Override
    public List<String> requiredColumns(ImportOptions options) {
        List<String> required = new ArrayList<>(List.of("Declaration ID", "Date", "Office ID", "Declarant ID",
                "Importer ID", "HS6 Code", "Country of Origin", "Item Price"));
        if (options.importLabels()) {
            required.addAll(List.of("Fraud", "Critical Fraud"));
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
        GoodsItemSubmission item = new GoodsItemSubmission(1, row.text("HS6 Code"), null,
                row.text("Country of Origin"), row.text("Country of Origin Indicator"), null, null, null,
                row.decimal("Net Mass"), null, row.decimal("Item Price"), options.currency(), row.decimal("Tax Rate"),
                row.text("Tax Type"), null);
        DeclarationSubmission declaration = new DeclarationSubmission(row.text("Declaration ID"),
                row.date("Date", DateTimeFormatter.ISO_LOCAL_DATE), row.text("Office ID"), row.text("Importer ID"),
                row.text("Declarant ID"), row.text("Seller ID"), row.text("Courier ID"),
                row.text("Country of Departure"), row.text("Mode of Transport"), row.text("Process Type"),
                row.text("Import Type"), row.text("Import Use"), row.text("Payment Type"), List.of(item));
        InspectionResultSubmission label = null;
        if (options.importLabels()) {
            Integer critical = row.integer("Critical Fraud");
            label = new InspectionResultSubmission(null, row.flag("Fraud"), critical != null && critical == 2,
                    null, null, declaration.acceptanceDate(), null, null);
        }
        return new ParsedRow(row.line(), declaration, label);
    }
}
