package org.customsrisk.feature.computation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;
import org.customsrisk.contracts.feature.ItemFeatures;

/**
 * The one computation of feature vectors (schema {@link FeatureSchema#CURRENT}), used alike for
 * events, synchronous calls and training sets. Everything historical is read strictly before the
 * declaration's acceptance date, so that what a vector knows is what was known when it was lodged.
 */
public final class FeatureCalculator {

    private static final FeatureSchema SCHEMA = FeatureSchema.CURRENT;

    private FeatureCalculator() {
    }

    public static List<ItemFeatures> compute(DeclarationPayload declaration, ProfileHistory history) {
        List<ItemFeatures> items = new ArrayList<>(declaration.goodsItems().size());
        for (GoodsItemPayload item : declaration.goodsItems()) {
            items.add(new ItemFeatures(item.itemNumber(), vector(declaration, item, history)));
        }
        return items;
    }

    static List<Double> vector(DeclarationPayload declaration, GoodsItemPayload item, ProfileHistory history) {
        LocalDate accepted = declaration.acceptanceDate();
        ItemMeasures measures = ItemMeasures.of(item);
        Vector vector = new Vector();
        vector.put("log_cif_value", Math.log1p(measures.cif()));
        vector.put("log_fob_value", Math.log1p(measures.fob()));
        vector.put("log_net_mass_kg", Math.log1p(measures.netMass()));
        vector.put("log_gross_mass_kg", Math.log1p(measures.grossMass()));
        vector.put("log_quantity", Math.log1p(measures.quantity()));
        vector.put("log_duty_and_taxes", Math.log1p(measures.dutyAndTaxes()));
        vector.put("log_unit_value", Math.log1p(measures.unitValue()));
        vector.put("log_value_per_kg", Math.log1p(measures.valuePerKg()));
        vector.put("tax_rate", measures.taxRate());
        vector.put("fob_cif_ratio", measures.fobCifRatio());
        vector.put("hs_chapter", HsCode.level(item.hsCode(), 2));
        vector.put("hs_heading", HsCode.level(item.hsCode(), 4));
        vector.put("hs_subheading", HsCode.level(item.hsCode(), 6));
        double price = measures.price();
        for (PriceKind kind : PriceKind.values()) {
            String key = kind.keyOf(declaration, item);
            PriceTimeline prices = key == null ? PriceTimeline.EMPTY : history.prices(kind, key);
            double median = prices.medianBefore(accepted);
            vector.put("price_deviation_" + kind.featureName(),
                    price > 0 && !Double.isNaN(median) ? Math.log1p(price) - Math.log1p(median) : 0);
            vector.put("price_observations_" + kind.featureName(), prices.countBefore(accepted));
        }
        for (EntityKind kind : EntityKind.values()) {
            String key = kind.keyOf(declaration, item);
            LabelStats stats = key == null ? LabelStats.NONE : history.labels(kind, key).before(accepted);
            vector.put(kind.featureName() + "_illicit_rate", smoothed(stats.illicit(), stats.inspected()));
            vector.put(kind.featureName() + "_revenue_rate", smoothed(stats.withRevenue(), stats.inspected()));
            vector.put(kind.featureName() + "_inspections", stats.inspected());
        }
        String importer = HistoryFacts.importer(declaration);
        LodgementTimeline lodged = importer == null ? LodgementTimeline.EMPTY : history.lodgements(importer);
        vector.put("importer_declarations_30d", lodged.between(accepted.minusDays(30), accepted));
        vector.put("importer_declarations_90d", lodged.between(accepted.minusDays(90), accepted));
        vector.put("first_time_importer", lodged.before(accepted) == 0 ? 1 : 0);
        vector.put("day_of_week", accepted.getDayOfWeek().getValue());
        vector.put("month", accepted.getMonthValue());
        return vector.values();
    }

    static double smoothed(int positives, int inspected) {
        return (positives + FeatureSchema.PRIOR_RATE * FeatureSchema.PRIOR_WEIGHT)
                / (inspected + FeatureSchema.PRIOR_WEIGHT);
    }

    /** Values written in the schema's order; a name out of order is a programming error caught by every test. */
    private static final class Vector {

        private final List<FeatureSchema.Feature> features = SCHEMA.features();
        private final List<Double> values = new ArrayList<>(features.size());

        void put(String name, double value) {
            String expected = features.get(values.size()).name();
            if (!expected.equals(name)) {
                throw new IllegalStateException("feature " + name + " written where " + expected + " belongs");
            }
            values.add(value);
        }

        List<Double> values() {
            if (values.size() != features.size()) {
                throw new IllegalStateException("vector has " + values.size() + " of " + features.size() + " features");
            }
            return List.copyOf(values);
        }
    }
}
