package org.customsrisk.ingestion.bulk;

import static java.util.Map.entry;

import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.customsrisk.ingestion.declaration.DeclarationSubmission;
import org.customsrisk.ingestion.declaration.GoodsItemSubmission;
import org.customsrisk.ingestion.inspection.InspectionResultSubmission;

/**
 * The WCO BACUDA / DATE synthetic declarations (Nigeria format): one goods item per row, dates as
 * YY-MM-DD, the HS10 code written as an integer (a leading zero lost), anonymised countries
 * (CNTRY123) that are kept as they are, so ISO checks do not apply. With labels, "illicit" becomes
 * an inspection result of the whole declaration with "revenue" as the revenue recovered.
 */
final class BacudaRowMapper implements RowMapper {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yy-MM-dd");
    private static final int HS10 = 10;

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            entry("declarationId", "sgd.id"),
            entry("acceptanceDate", "sgd.date"),
            entry("importerId", "importer.id"),
            entry("declarantId", "declarant.id"),
            entry("countryOfOrigin", "country"),
            entry("customsOfficeCode", "office.id"),
            entry("hsCode", "tariff.code"),
            entry("quantity", "quantity"),
            entry("grossMassKg", "gross.weight"),
            entry("fobValue", "fob.value"),
            entry("cifValue", "cif.value"),
            entry("dutyAndTaxes", "total.taxes"),
            entry("illicit", "illicit"),
            entry("revenueRecovered", "revenue"),
            entry("inspectionDate", "sgd.date"));

    @Override
    public List<String> requiredColumns(ImportOptions options) {
        List<String> required = new ArrayList<>(List.of("sgd.id", "sgd.date", "importer.id", "declarant.id",
                "country", "office.id", "tariff.code", "cif.value"));
        if (options.importLabels()) {
            required.add("illicit");
        }
        return required;
    }

    @Override
    public Map<String, String> columnsByField() {
        return COLUMNS;
    }

    @Override
    public Class<?>[] validationGroups() {
        return new Class<?>[] { Default.class };
    }

    @Override
    public ParsedRow map(CsvRow row, ImportOptions options) throws RowRejectedException {
        GoodsItemSubmission item = new GoodsItemSubmission(1, hsCode(row.text("tariff.code")), null,
                row.text("country"), null, row.decimal("quantity"), null, row.decimal("gross.weight"), null,
                row.decimal("fob.value"), row.decimal("cif.value"), options.currency(), null, null,
                row.decimal("total.taxes"));
        DeclarationSubmission declaration = new DeclarationSubmission(row.text("sgd.id"), row.date("sgd.date", DATE),
                row.text("office.id"), row.text("importer.id"), row.text("declarant.id"), null, null, null, null, null,
                null, null, null, List.of(item));
        InspectionResultSubmission label = null;
        if (options.importLabels()) {
            BigDecimal revenue = row.decimal("revenue");
            label = new InspectionResultSubmission(null, row.flag("illicit"), false, revenue,
                    revenue == null ? null : options.currency(), declaration.acceptanceDate(), null, null);
        }
        return new ParsedRow(row.line(), declaration, label);
    }

    /** "102290000" was 0102290000 before it was written as a number. */
    private static String hsCode(String tariffCode) {
        if (tariffCode != null && tariffCode.matches("\\d{9}")) {
            return "0".repeat(HS10 - tariffCode.length()) + tariffCode;
        }
        return tariffCode;
    }
}
