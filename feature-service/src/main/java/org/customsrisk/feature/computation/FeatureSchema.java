package org.customsrisk.feature.computation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ordered names and meanings of the features of one schema version. A model trained on version n
 * reads its vectors by these positions; a change of names, order or meaning is a new version.
 */
public record FeatureSchema(int version, List<Feature> features) {

    /** One feature: its name (a model's column) and what it means. */
    public record Feature(String name, String meaning) {
    }

    /** Smoothing of profile rates: the rate of a profile without history, and how many inspections it weighs. */
    public static final double PRIOR_RATE = 0.1;
    public static final double PRIOR_WEIGHT = 10;

    public static final FeatureSchema V1 = new FeatureSchema(1, v1());

    public static final FeatureSchema CURRENT = V1;

    private static final Map<Integer, FeatureSchema> VERSIONS = Map.of(V1.version(), V1);

    public static Optional<FeatureSchema> ofVersion(int version) {
        return Optional.ofNullable(VERSIONS.get(version));
    }

    public List<String> names() {
        return features.stream().map(Feature::name).toList();
    }

    private static List<Feature> v1() {
        List<Feature> features = new ArrayList<>(List.of(
                new Feature("log_cif_value", "ln(1 + CIF value) of the goods item, in its currency"),
                new Feature("log_fob_value", "ln(1 + FOB value); 0 when not declared"),
                new Feature("log_net_mass_kg", "ln(1 + net mass in kg)"),
                new Feature("log_gross_mass_kg", "ln(1 + gross mass in kg)"),
                new Feature("log_quantity", "ln(1 + quantity in its unit)"),
                new Feature("log_duty_and_taxes", "ln(1 + duty and taxes declared)"),
                new Feature("log_unit_value", "ln(1 + CIF value / quantity); 0 without a quantity"),
                new Feature("log_value_per_kg", "ln(1 + CIF value / net mass, gross mass where net is missing); 0 without a mass"),
                new Feature("tax_rate", "declared tax rate / 100, else duty and taxes / CIF value; 0 without either"),
                new Feature("fob_cif_ratio", "FOB value / CIF value; 0 without a CIF value"),
                new Feature("hs_chapter", "HS chapter (first 2 digits) as a number; 0 when absent"),
                new Feature("hs_heading", "HS heading (first 4 digits) as a number; 0 when absent"),
                new Feature("hs_subheading", "HS subheading (first 6 digits) as a number; 0 when absent")));
        for (PriceKind kind : PriceKind.values()) {
            String group = kind == PriceKind.HS6 ? "HS subheading" : "HS subheading from the same origin";
            features.add(new Feature("price_deviation_" + kind.featureName(),
                    "ln(1 + item price) - ln(1 + median item price of the " + group + " on declarations accepted "
                            + "before this one); item price is the unit value where a quantity is declared, else the "
                            + "value per kg; 0 without a price or earlier prices"));
            features.add(new Feature("price_observations_" + kind.featureName(),
                    "number of earlier item prices the " + group + " median is taken of"));
        }
        for (EntityKind kind : EntityKind.values()) {
            String who = kind.featureName().replace("_", " x ");
            features.add(new Feature(kind.featureName() + "_illicit_rate",
                    "smoothed share of illicit results among the " + who + "'s goods items inspected before the "
                            + "acceptance date: (illicit + " + PRIOR_RATE * PRIOR_WEIGHT + ") / (inspected + "
                            + PRIOR_WEIGHT + ")"));
            features.add(new Feature(kind.featureName() + "_revenue_rate",
                    "smoothed share of those inspections that recovered revenue, smoothed the same way"));
            features.add(new Feature(kind.featureName() + "_inspections",
                    "number of the " + who + "'s goods items inspected before the acceptance date"));
        }
        features.addAll(List.of(
                new Feature("importer_declarations_30d", "the importer's declarations accepted in the 30 days before"),
                new Feature("importer_declarations_90d", "the importer's declarations accepted in the 90 days before"),
                new Feature("first_time_importer", "1 when the importer has no declaration accepted before, else 0"),
                new Feature("day_of_week", "day of week of the acceptance date, Monday = 1 ... Sunday = 7"),
                new Feature("month", "month of the acceptance date, 1 ... 12")));
        return List.copyOf(features);
    }
}
