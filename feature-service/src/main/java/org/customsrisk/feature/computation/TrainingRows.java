package org.customsrisk.feature.computation;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;
import org.customsrisk.contracts.feature.ItemFeatures;

/**
 * The CSV rows of a training set (docs/adr/0003): one per labelled goods item,
 * {@code declaration_id,item_number,acceptance_date,illicit,critical,revenue_recovered,<features>},
 * its features computed by {@link FeatureCalculator} from the history before its acceptance date.
 * The caller hands the declarations in order of acceptance date and declaration id.
 */
public final class TrainingRows {

    private final ProfileHistory history;
    private final Writer out;

    public TrainingRows(ProfileHistory history, Writer out) {
        this.history = history;
        this.out = out;
    }

    public static String header(FeatureSchema schema) {
        return "declaration_id,item_number,acceptance_date,illicit,critical,revenue_recovered,"
                + String.join(",", schema.names()) + "\n";
    }

    public void writeHeader() throws IOException {
        out.write(header(FeatureSchema.CURRENT));
    }

    /** Writes the rows of a declaration's labelled goods items, in item order; answers how many. */
    public int write(DeclarationPayload declaration, Collection<InspectionResult> results) throws IOException {
        Map<Integer, ItemLabel> labels = HistoryFacts.labelsByItem(declaration, results);
        if (labels.isEmpty()) {
            return 0;
        }
        List<ItemFeatures> vectors = FeatureCalculator.compute(declaration, history);
        List<GoodsItemPayload> items = declaration.goodsItems().stream()
                .sorted(Comparator.comparingInt(GoodsItemPayload::itemNumber)).toList();
        int written = 0;
        StringBuilder row = new StringBuilder(512);
        for (GoodsItemPayload item : items) {
            ItemLabel label = labels.get(item.itemNumber());
            if (label == null) {
                continue;
            }
            row.setLength(0);
            row.append(csv(declaration.declarationId())).append(',').append(item.itemNumber()).append(',')
                    .append(declaration.acceptanceDate()).append(',').append(label.illicit() ? 1 : 0).append(',')
                    .append(label.critical() ? 1 : 0).append(',').append(revenue(label.revenueRecovered()));
            List<Double> values = vectors.stream().filter(vector -> vector.itemNumber() == item.itemNumber())
                    .findFirst().orElseThrow().values();
            for (double value : values) {
                row.append(',').append(value);
            }
            out.write(row.append('\n').toString());
            written++;
        }
        return written;
    }

    private static String revenue(BigDecimal revenueRecovered) {
        return revenueRecovered == null ? "" : revenueRecovered.toPlainString();
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
