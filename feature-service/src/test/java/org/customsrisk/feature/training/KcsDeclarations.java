package org.customsrisk.feature.training;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;
import org.customsrisk.feature.computation.HistoryFacts;
import org.customsrisk.feature.computation.InMemoryProfileHistory;
import org.customsrisk.feature.computation.InspectionResult;
import org.customsrisk.feature.computation.ItemLabel;
import org.customsrisk.feature.computation.TrainingRows;

/**
 * The KCS synthetic declarations (datasets/kcs), mapped as ingestion-service's KCS layout maps them:
 * one declaration of one goods item per row, "Item Price" the CIF value in KRW, "Fraud" a result of
 * the whole declaration dated on its acceptance date, critical when "Critical Fraud" is 2.
 */
public final class KcsDeclarations {

    private static final Path DATASETS = Path.of("../datasets/kcs");

    /** A declaration with its result. */
    public record Labelled(DeclarationPayload declaration, InspectionResult result) {
    }

    private KcsDeclarations() {
    }

    /** The train and valid files, in order of acceptance date and declaration id. */
    public static List<Labelled> all() {
        List<Labelled> declarations = new ArrayList<>(read(DATASETS.resolve("df_syn_train_eng.csv")));
        declarations.addAll(read(DATASETS.resolve("df_syn_valid_eng.csv")));
        declarations.sort(Comparator.comparing((Labelled labelled) -> labelled.declaration().acceptanceDate())
                .thenComparing(labelled -> labelled.declaration().declarationId()));
        return declarations;
    }

    /** The training set of all of them, computed in process over one history built from their facts. */
    public static String trainingSet(List<Labelled> declarations) {
        InMemoryProfileHistory.Builder builder = InMemoryProfileHistory.builder();
        for (Labelled labelled : declarations) {
            DeclarationPayload declaration = labelled.declaration();
            HistoryFacts.prices(declaration).forEach(builder::price);
            builder.lodgements(HistoryFacts.importer(declaration), declaration.acceptanceDate(), 1);
            HistoryFacts.labels(declaration, HistoryFacts.labelsByItem(declaration, List.of(labelled.result())))
                    .forEach(builder::label);
        }
        StringWriter csv = new StringWriter(64 << 20);
        TrainingRows rows = new TrainingRows(builder.build(), csv);
        try {
            rows.writeHeader();
            for (Labelled labelled : declarations) {
                rows.write(labelled.declaration(), List.of(labelled.result()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private static List<Labelled> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i), i);
        }
        List<Labelled> declarations = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            LocalDate date = LocalDate.parse(cells[column.get("Date")]);
            GoodsItemPayload item = new GoodsItemPayload(1, cells[column.get("HS6 Code")], null,
                    text(cells[column.get("Country of Origin")]), text(cells[column.get("Country of Origin Indicator")]),
                    null, null, null, decimal(cells[column.get("Net Mass")]), null,
                    decimal(cells[column.get("Item Price")]), "KRW", decimal(cells[column.get("Tax Rate")]),
                    text(cells[column.get("Tax Type")]), null);
            DeclarationPayload declaration = new DeclarationPayload(cells[column.get("Declaration ID")], date,
                    text(cells[column.get("Office ID")]), text(cells[column.get("Importer ID")]),
                    text(cells[column.get("Declarant ID")]), text(cells[column.get("Seller ID")]),
                    text(cells[column.get("Courier ID")]), text(cells[column.get("Country of Departure")]),
                    text(cells[column.get("Mode of Transport")]), text(cells[column.get("Process Type")]),
                    text(cells[column.get("Import Type")]), text(cells[column.get("Import Use")]),
                    text(cells[column.get("Payment Type")]), List.of(item));
            boolean illicit = "1".equals(cells[column.get("Fraud")]);
            boolean critical = "2".equals(cells[column.get("Critical Fraud")]);
            declarations.add(new Labelled(declaration,
                    new InspectionResult(null, new ItemLabel(illicit, critical, null, date))));
        }
        return declarations;
    }

    private static BigDecimal decimal(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
