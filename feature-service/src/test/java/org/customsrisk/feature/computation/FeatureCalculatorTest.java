package org.customsrisk.feature.computation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.customsrisk.feature.computation.Fixtures.declaration;
import static org.customsrisk.feature.computation.Fixtures.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;
import org.junit.jupiter.api.Test;

class FeatureCalculatorTest {

    private static final LocalDate ACCEPTED = LocalDate.of(2024, 2, 5);

    private static final DeclarationPayload FIRST = declaration("D1", LocalDate.of(2024, 1, 10), "IMP-A",
            item(1, "CN", "1000", "10"));
    private static final DeclarationPayload SECOND = declaration("D2", LocalDate.of(2024, 1, 20), "IMP-A",
            item(1, "CN", "3000", "10"));
    private static final DeclarationPayload THIRD = declaration("D3", LocalDate.of(2024, 2, 1), "IMP-B",
            item(1, "VN", "2000", "10"));
    private static final DeclarationPayload SAME_DAY = declaration("D4", ACCEPTED, "IMP-A",
            item(1, "CN", "9000", "10"));

    private static final DeclarationPayload TARGET = new DeclarationPayload("T", ACCEPTED, "OFF1", "IMP-A", "DECL-1",
            null, null, "CN", "1", "B", "11", "21", "11", List.of(new GoodsItemPayload(1, "8471300000", "laptops",
                    "CN", "G", new BigDecimal("10"), "NAR", null, BigDecimal.ZERO, new BigDecimal("400"),
                    new BigDecimal("500"), "USD", null, "A", new BigDecimal("50"))));

    @Test
    void profilesPricesAndActivityAreThoseOfTheHistoryBeforeTheAcceptanceDate() {
        Map<String, Double> features = named(FeatureCalculator.compute(TARGET, history(List.of(
                result(FIRST, null, true, "500", LocalDate.of(2024, 1, 15)),
                result(SECOND, 1, false, null, LocalDate.of(2024, 2, 10)),
                result(THIRD, null, false, null, LocalDate.of(2024, 2, 4)))))
                .get(0).values());

        assertThat(features.get("price_deviation_hs6")).isCloseTo(Math.log(51) - Math.log(201), within(1e-12));
        assertThat(features.get("price_observations_hs6")).isEqualTo(3.0);
        assertThat(features.get("price_deviation_hs6_origin")).isCloseTo(Math.log(51) - Math.log(201), within(1e-12));
        assertThat(features.get("price_observations_hs6_origin")).isEqualTo(2.0);
        assertThat(features.get("importer_illicit_rate")).isCloseTo(2.0 / 11, within(1e-12));
        assertThat(features.get("importer_revenue_rate")).isCloseTo(2.0 / 11, within(1e-12));
        assertThat(features.get("importer_inspections")).isEqualTo(1.0);
        assertThat(features.get("hs6_illicit_rate")).isCloseTo(2.0 / 12, within(1e-12));
        assertThat(features.get("hs6_revenue_rate")).isCloseTo(2.0 / 12, within(1e-12));
        assertThat(features.get("hs6_inspections")).isEqualTo(2.0);
        assertThat(features.get("hs6_origin_inspections")).isEqualTo(1.0);
        assertThat(features.get("importer_hs6_illicit_rate")).isCloseTo(2.0 / 11, within(1e-12));
        assertThat(features.get("office_hs6_inspections")).isEqualTo(2.0);
        assertThat(features.get("seller_illicit_rate")).isEqualTo(0.1);
        assertThat(features.get("seller_inspections")).isZero();
        assertThat(features.get("importer_declarations_30d")).isEqualTo(2.0);
        assertThat(features.get("importer_declarations_90d")).isEqualTo(2.0);
        assertThat(features.get("first_time_importer")).isZero();
        assertThat(features.get("day_of_week")).isEqualTo(1.0);
        assertThat(features.get("month")).isEqualTo(2.0);
        assertThat(features.get("log_cif_value")).isCloseTo(Math.log(501), within(1e-12));
        assertThat(features.get("log_unit_value")).isCloseTo(Math.log(51), within(1e-12));
        assertThat(features.get("log_value_per_kg")).isZero();
        assertThat(features.get("tax_rate")).isCloseTo(0.1, within(1e-12));
        assertThat(features.get("fob_cif_ratio")).isCloseTo(0.8, within(1e-12));
        assertThat(features.get("hs_chapter")).isEqualTo(84.0);
        assertThat(features.get("hs_heading")).isEqualTo(8471.0);
        assertThat(features.get("hs_subheading")).isEqualTo(847130.0);
    }

    @Test
    void activityCountsOnlyTheWindowBeforeTheAcceptanceDate() {
        DeclarationPayload old = declaration("D0", ACCEPTED.minusDays(60), "IMP-A", item(1, "CN", "1000", "10"));
        DeclarationPayload edge = declaration("D9", ACCEPTED.minusDays(30), "IMP-A", item(1, "CN", "1000", "10"));
        InMemoryProfileHistory.Builder builder = InMemoryProfileHistory.builder();
        for (DeclarationPayload lodged : List.of(old, edge, SAME_DAY)) {
            builder.lodgements(lodged.importerId(), lodged.acceptanceDate(), 1);
        }
        Map<String, Double> features = named(FeatureCalculator.compute(TARGET, builder.build()).get(0).values());

        assertThat(features.get("importer_declarations_30d")).isEqualTo(1.0);
        assertThat(features.get("importer_declarations_90d")).isEqualTo(2.0);
        assertThat(features.get("first_time_importer")).isZero();
        Map<String, Double> firstTime = named(FeatureCalculator.compute(TARGET,
                InMemoryProfileHistory.builder().build()).get(0).values());
        assertThat(firstTime.get("first_time_importer")).isEqualTo(1.0);
    }

    @Test
    void aResultInspectedOnOrAfterTheAcceptanceDateDoesNotChangeTheVector() {
        List<Labelled> earlier = List.of(result(FIRST, null, true, "500", LocalDate.of(2024, 1, 15)));
        List<Labelled> withLater = new ArrayList<>(earlier);
        withLater.add(result(THIRD, null, true, "100", ACCEPTED));
        withLater.add(result(SECOND, null, true, "100", ACCEPTED.plusDays(3)));

        assertThat(FeatureCalculator.compute(TARGET, history(withLater)))
                .isEqualTo(FeatureCalculator.compute(TARGET, history(earlier)));
        DeclarationPayload later = declaration("L", ACCEPTED.plusDays(10), "IMP-A", item(1, "CN", "500", "10"));
        assertThat(FeatureCalculator.compute(later, history(withLater)))
                .isNotEqualTo(FeatureCalculator.compute(later, history(earlier)));
    }

    @Test
    void anItemsOwnResultOverridesTheResultOfItsWholeDeclaration() {
        DeclarationPayload two = declaration("D5", LocalDate.of(2024, 1, 3), "IMP-A", item(1, "CN", "10", "1"),
                item(2, "CN", "10", "1"));
        var labels = HistoryFacts.labelsByItem(two, List.of(
                new InspectionResult(null, new ItemLabel(false, false, null, LocalDate.of(2024, 1, 4))),
                new InspectionResult(2, new ItemLabel(true, true, BigDecimal.TEN, LocalDate.of(2024, 1, 5)))));

        assertThat(labels.get(1).illicit()).isFalse();
        assertThat(labels.get(2).illicit()).isTrue();
        assertThat(labels.get(2).inspectionDate()).isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void zeroAndMissingAmountsGiveDefinedFeatures() {
        GoodsItemPayload empty = new GoodsItemPayload(1, "", null, null, null, BigDecimal.ZERO, null,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null);
        GoodsItemPayload missing = new GoodsItemPayload(2, "84", null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        DeclarationPayload declaration = new DeclarationPayload("Z", ACCEPTED, null, null, null, null, null, null,
                null, null, null, null, null, List.of(empty, missing));
        DeclarationPayload priced = declaration("P", ACCEPTED.minusDays(1), "IMP-A", item(1, "CN", "100", "1"));
        InMemoryProfileHistory.Builder builder = InMemoryProfileHistory.builder();
        HistoryFacts.prices(priced).forEach(builder::price);

        var items = FeatureCalculator.compute(declaration, builder.build());

        assertThat(items).hasSize(2).allSatisfy(features -> {
            assertThat(features.values()).hasSize(FeatureSchema.CURRENT.features().size());
            assertThat(features.values()).allSatisfy(value -> assertThat(Double.isFinite(value)).isTrue());
        });
        Map<String, Double> first = named(items.get(0).values());
        assertThat(first.get("log_value_per_kg")).isZero();
        assertThat(first.get("tax_rate")).isZero();
        assertThat(first.get("fob_cif_ratio")).isZero();
        assertThat(first.get("price_deviation_hs6")).isZero();
        assertThat(first.get("first_time_importer")).isEqualTo(1.0);
        assertThat(named(items.get(1).values()).get("hs_chapter")).isEqualTo(84.0);
        assertThat(HistoryFacts.prices(declaration)).isEmpty();
    }

    @Test
    void theSchemaNamesEveryValueOnce() {
        List<String> names = FeatureSchema.CURRENT.names();
        assertThat(names).doesNotHaveDuplicates().hasSize(49);
        assertThat(FeatureSchema.ofVersion(1)).contains(FeatureSchema.V1);
        assertThat(FeatureSchema.ofVersion(2)).isEmpty();
    }

    record Labelled(DeclarationPayload declaration, InspectionResult result) {
    }

    static Labelled result(DeclarationPayload declaration, Integer item, boolean illicit, String revenue,
            LocalDate inspected) {
        return new Labelled(declaration, new InspectionResult(item, new ItemLabel(illicit, false,
                Fixtures.decimal(revenue), inspected)));
    }

    /** The history of FIRST, SECOND, THIRD and SAME_DAY with the given results, built from their facts. */
    static ProfileHistory history(List<Labelled> results) {
        InMemoryProfileHistory.Builder builder = InMemoryProfileHistory.builder();
        for (DeclarationPayload declaration : List.of(FIRST, SECOND, THIRD, SAME_DAY)) {
            HistoryFacts.prices(declaration).forEach(builder::price);
            builder.lodgements(declaration.importerId(), declaration.acceptanceDate(), 1);
        }
        for (Labelled labelled : results) {
            HistoryFacts.labels(labelled.declaration(),
                    HistoryFacts.labelsByItem(labelled.declaration(), List.of(labelled.result())))
                    .forEach(builder::label);
        }
        return builder.build();
    }

    static Map<String, Double> named(List<Double> values) {
        Map<String, Double> named = new java.util.LinkedHashMap<>();
        List<String> names = FeatureSchema.CURRENT.names();
        for (int i = 0; i < names.size(); i++) {
            named.put(names.get(i), values.get(i));
        }
        return named;
    }
}
