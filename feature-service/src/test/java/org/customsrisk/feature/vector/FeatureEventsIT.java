package org.customsrisk.feature.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.customsrisk.feature.TestDeclarations.TIMEOUT;
import static org.customsrisk.feature.TestDeclarations.body;
import static org.customsrisk.feature.TestDeclarations.computed;
import static org.customsrisk.feature.TestDeclarations.declaration;
import static org.customsrisk.feature.TestDeclarations.inspection;
import static org.customsrisk.feature.TestDeclarations.named;
import static org.customsrisk.feature.TestDeclarations.publish;
import static org.customsrisk.feature.TestDeclarations.record;
import static org.customsrisk.feature.TestDeclarations.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.common.testing.StaleEvents;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.feature.TestDeclarations;
import org.customsrisk.feature.FeatureDatabase;
import org.customsrisk.contracts.inspection.InspectionRecorded;
import org.customsrisk.feature.computation.EntityKind;
import org.customsrisk.feature.computation.FeatureCalculator;
import org.customsrisk.feature.computation.HistoryFacts;
import org.customsrisk.feature.computation.InMemoryProfileHistory;
import org.customsrisk.feature.computation.InspectionResult;
import org.customsrisk.feature.computation.ItemLabel;
import org.customsrisk.feature.computation.FeatureSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on the real broker and database: declaration.ingested and inspection.recorded
 * in, features.computed out, with exact values of a small hand-made history.
 */
@QuarkusIntegrationTest
@WithTestResource(value = StaleEvents.class, scope = TestResourceScope.GLOBAL)
class FeatureEventsIT {

    private static final List<String> NAMES = FeatureSchema.CURRENT.names();

    private static EventPublisher publisher;
    private static EventQueue computedEvents;

    @BeforeAll
    static void connect() {
        publisher = new EventPublisher();
        computedEvents = EventQueue.bind("features.computed.*");
    }

    @AfterAll
    static void disconnect() {
        computedEvents.close();
        publisher.close();
    }

    @Test
    void profilesReferencePricesAndActivityOfTheHistoryBeforeTheDeclarationAreExact() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String importer = "IMP-" + run;
        String hs = hsOf(run);
        DeclarationPayload first = declaration("KR-F1-" + run, LocalDate.of(2024, 1, 10), importer, hs, "CN", "1000", "10");
        DeclarationPayload second = declaration("KR-F2-" + run, LocalDate.of(2024, 1, 20), importer, hs, "CN", "3000", "10");
        DeclarationPayload third = declaration("KR-F3-" + run, LocalDate.of(2024, 2, 1), "OTHER-" + run, hs, "VN", "2000", "10");
        for (DeclarationPayload earlier : List.of(first, second, third)) {
            publish(publisher, "kr", earlier, 1);
            computed(computedEvents, earlier.declarationId());
        }
        record(publisher, inspection("kr", first.declarationId(), 1, true, LocalDate.of(2024, 1, 15)));
        record(publisher, inspection("kr", first.declarationId(), 1, true, LocalDate.of(2024, 1, 15)));
        record(publisher, inspection("kr", third.declarationId(), 1, false, LocalDate.of(2024, 2, 4)));
        record(publisher, inspection("kr", second.declarationId(), 1, true, LocalDate.of(2024, 2, 10)));
        DeclarationPayload target = declaration("KR-T-" + run, LocalDate.of(2024, 2, 5), importer, hs, "CN", "500", "10");

        publish(publisher, "kr", target, 1);
        JsonNode event = computed(computedEvents, target.declarationId());

        assertThat(event.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(event.get("revision").asInt()).isEqualTo(1);
        assertThat(event.get("declaration").get("importerId").asText()).isEqualTo(importer);
        Map<String, Double> features = named(NAMES, event.get("items").get(0).get("values"));
        assertThat(features.get("price_deviation_hs6")).isCloseTo(Math.log(51) - Math.log(201), within(1e-9));
        assertThat(features.get("price_observations_hs6")).isEqualTo(3.0);
        assertThat(features.get("price_observations_hs6_origin")).isEqualTo(2.0);
        assertThat(features.get("importer_illicit_rate")).isCloseTo(2.0 / 11, within(1e-12));
        assertThat(features.get("importer_revenue_rate")).isCloseTo(2.0 / 11, within(1e-12));
        assertThat(features.get("importer_inspections")).isEqualTo(1.0);
        assertThat(features.get("hs6_illicit_rate")).isCloseTo(2.0 / 12, within(1e-12));
        assertThat(features.get("hs6_inspections")).isEqualTo(2.0);
        assertThat(features.get("importer_declarations_30d")).isEqualTo(2.0);
        assertThat(features.get("first_time_importer")).isZero();
    }

    @Test
    void afterAConcurrentStreamOfDeclarationsAmendmentsAndResultsTheFeaturesAreThoseOfTheStoredHistory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String tenant = "stream" + run;
        SplittableRandom random = new SplittableRandom(run.hashCode());
        Map<String, DeclarationPayload> latest = new LinkedHashMap<>();
        Map<String, Integer> revisions = new HashMap<>();
        for (int i = 0; i < 150; i++) {
            DeclarationPayload declaration = streamed(run, i, random);
            latest.put(declaration.declarationId(), declaration);
            revisions.put(declaration.declarationId(), 1);
            publish(publisher, tenant, declaration, 1);
        }
        List<InspectionRecorded> results = new ArrayList<>();
        for (int i = 0; i < 150; i += 3) {
            String id = "S-" + run + "-" + i;
            results.add(inspection(tenant, id, 1, random.nextBoolean(), latest.get(id).acceptanceDate().plusDays(3)));
        }
        for (int i = 0; i < 150; i += 5) {
            DeclarationPayload amended = streamed(run, i, random);
            latest.put(amended.declarationId(), amended);
            revisions.put(amended.declarationId(), 2);
            publish(publisher, tenant, amended, 2);
        }
        for (int i = 0; i < 150; i += 9) {
            String id = "S-" + run + "-" + i;
            results.add(inspection(tenant, id, 2, random.nextBoolean(), latest.get(id).acceptanceDate().plusDays(6)));
        }
        results.forEach(result -> publisher.publish("inspection.recorded", tenant, result.declarationId(), result));
        Map<String, InspectionRecorded> latestResults = new HashMap<>();
        results.forEach(result -> latestResults.merge(result.declarationId(), result,
                (a, b) -> a.version() >= b.version() ? a : b));
        revisions.forEach((id, revision) -> computedEvents.await(delivery -> id.equals(delivery.header("cloudEvents:subject"))
                && revision == body(delivery).get("revision").asInt(), 1, TIMEOUT));
        latestResults.values().forEach(result -> Awaitility.await().atMost(TIMEOUT).until(() -> FeatureDatabase.count(
                "select count(*) from inspection_result where tenant_id = ? and declaration_id = ? and version = ?",
                tenant, result.declarationId(), result.version()) == 1));

        InMemoryProfileHistory.Builder stored = InMemoryProfileHistory.builder();
        latest.values().forEach(declaration -> {
            HistoryFacts.prices(declaration).forEach(stored::price);
            HistoryFacts.lodgements(declaration).forEach(lodgement -> stored.lodgements(lodgement.importerId(),
                    lodgement.day(), 1));
            InspectionRecorded result = latestResults.get(declaration.declarationId());
            if (result != null) {
                HistoryFacts.labels(declaration, HistoryFacts.labelsByItem(declaration, List.of(new InspectionResult(null,
                        new ItemLabel(result.illicit(), result.critical(), result.revenueRecovered(),
                                result.inspectionDate()))))).forEach(stored::label);
            }
        });
        for (int probe = 0; probe < 3; probe++) {
            DeclarationPayload target = declaration("S-" + run + "-PROBE" + probe, LocalDate.of(2024, 6, 1),
                    "IMP-" + run + "-" + probe, "84710" + probe + "00", "CN", "900", "3");
            publish(publisher, tenant, target, 1);
            JsonNode event = computed(computedEvents, target.declarationId());
            List<Double> expected = FeatureCalculator.compute(target, stored.build()).get(0).values();

            assertThat(values(event.get("items").get(0).get("values"))).as("features of probe " + probe)
                    .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                    .containsExactlyElementsOf(expected);
        }
    }

    /** One of the stream's declarations: three importers, three HS6 codes, two origins, prices at random. */
    private static DeclarationPayload streamed(String run, int i, SplittableRandom random) {
        return declaration("S-" + run + "-" + i, LocalDate.of(2024, 1, 1).plusDays(random.nextInt(120)),
                "IMP-" + run + "-" + random.nextInt(3), "84710" + random.nextInt(3) + "00",
                random.nextBoolean() ? "CN" : "VN", String.valueOf(100 + random.nextInt(5000)),
                String.valueOf(1 + random.nextInt(20)));
    }

    @Test
    void aRedeliveredDeclarationIsAnnouncedAgainUnchangedAndAnOlderRevisionIsIgnored() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        DeclarationPayload declaration = declaration("KR-TWICE-" + run, LocalDate.of(2024, 3, 1), "IMP-" + run,
                hsOf(run), "CN", "1000", "10");
        publish(publisher, "kr", declaration, 2);
        publish(publisher, "kr", declaration, 2);
        List<EventQueue.Delivery> announced = computedEvents.await(
                delivery -> declaration.declarationId().equals(delivery.header("cloudEvents:subject")), 2, TIMEOUT);

        assertThat(announced).extracting(delivery -> delivery.header("cloudEvents:id"))
                .containsOnly(announced.get(0).header("cloudEvents:id"));
        assertThat(announced.get(1).body()).isEqualTo(announced.get(0).body());
        assertThat(announced.get(0).routingKey()).isEqualTo("features.computed.kr");
        assertThat(announced.get(0).header("tenant")).isEqualTo("kr");
        assertThat(announced.get(0).header("cloudEvents:type")).isEqualTo("features.computed");

        publish(publisher, "kr", declaration, 1);
        String marker = "KR-AFTER-" + run;
        publish(publisher, "kr", declaration(marker, LocalDate.of(2024, 3, 1), "IMP-" + run, hsOf(run), "CN", "10", "1"), 1);
        computed(computedEvents, marker);
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> computedEvents.matching(
                delivery -> declaration.declarationId().equals(delivery.header("cloudEvents:subject"))).size() == 2);
        assertThat(FeatureDatabase.count("select count(*) from feature_vector where declaration_id = ? and revision = 2",
                declaration.declarationId())).isEqualTo(1);
        assertThat(FeatureDatabase.count("select count(*) from price_fact where declaration_id = ?",
                declaration.declarationId())).isEqualTo(2);
    }

    @Test
    void aRedeliveredOrOlderInspectionResultIsCountedOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        DeclarationPayload inspected = declaration("KR-I1-" + run, LocalDate.of(2024, 4, 1), "IMP-" + run, hsOf(run),
                "CN", "1000", "10");
        publish(publisher, "kr", inspected, 1);
        computed(computedEvents, inspected.declarationId());
        record(publisher, inspection("kr", inspected.declarationId(), 2, true, LocalDate.of(2024, 4, 2)));
        record(publisher, inspection("kr", inspected.declarationId(), 2, true, LocalDate.of(2024, 4, 2)));
        publisher.publish("inspection.recorded", "kr", inspected.declarationId(),
                inspection("kr", inspected.declarationId(), 1, false, LocalDate.of(2024, 4, 2)));
        DeclarationPayload later = declaration("KR-I2-" + run, LocalDate.of(2024, 4, 10), "IMP-" + run, hsOf(run),
                "CN", "1000", "10");

        publish(publisher, "kr", later, 1);
        Map<String, Double> features = named(NAMES, computed(computedEvents, later.declarationId())
                .get("items").get(0).get("values"));

        assertThat(features.get("importer_inspections")).isEqualTo(1.0);
        assertThat(features.get("importer_illicit_rate")).isCloseTo(2.0 / 11, within(1e-12));
        assertThat(FeatureDatabase.count("select count(*) from label_fact where declaration_id = ? and illicit",
                inspected.declarationId())).isEqualTo(EntityKind.values().length);
    }

    @Test
    void aResultThatArrivesBeforeItsDeclarationCountsAndARevisionMovesItToTheNewImporter() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String hs = hsOf(run);
        String first = "IMP-A-" + run;
        String second = "IMP-B-" + run;
        DeclarationPayload revision1 = declaration("KR-R-" + run, LocalDate.of(2024, 9, 1), first, hs, "CN", "1000", "10");
        record(publisher, inspection("kr", revision1.declarationId(), 1, true, LocalDate.of(2024, 9, 2)));
        publish(publisher, "kr", revision1, 1);
        computed(computedEvents, revision1.declarationId());

        assertThat(importerInspections("KR-RA1-" + run, first, hs)).isEqualTo(1.0);

        DeclarationPayload revision2 = declaration(revision1.declarationId(), LocalDate.of(2024, 9, 1), second, hs,
                "CN", "1000", "10");
        publish(publisher, "kr", revision2, 2);
        computedEvents.await(delivery -> revision1.declarationId().equals(delivery.header("cloudEvents:subject"))
                && TestDeclarations.body(delivery).get("revision").asInt() == 2, 1, TIMEOUT);

        assertThat(importerInspections("KR-RA2-" + run, first, hs)).isZero();
        assertThat(importerInspections("KR-RB-" + run, second, hs)).isEqualTo(1.0);
    }

    /** importer_inspections of a new declaration of the importer, accepted on 2024-09-10. */
    private static double importerInspections(String id, String importer, String hs) {
        DeclarationPayload declaration = declaration(id, LocalDate.of(2024, 9, 10), importer, hs, "CN", "700", "10");
        publish(publisher, "kr", declaration, 1);
        return named(NAMES, computed(computedEvents, id).get("items").get(0).get("values")).get("importer_inspections");
    }

    @Test
    void unreadableEventsGoToTheDeadLetterQueueAndTheConsumerGoesOn() {
        String dlq = "feature-service.declaration-ingested.dlq";
        String inspectionDlq = "feature-service.inspection-recorded.dlq";
        EventQueue.drainDurable(dlq);
        EventQueue.drainDurable(inspectionDlq);
        publisher.publishRaw("inspection.recorded.kr", Map.of("tenant", "kr"), "{\"tenant\": \"kr\"}");
        publisher.publishRaw("declaration.ingested.kr", Map.of("tenant", "kr"), "{not json");
        publisher.publishRaw("declaration.ingested.kr", Map.of("tenant", "ng"),
                "{\"tenant\": \"kr\", \"declarationId\": \"X\", \"revision\": 1}");
        String run = UUID.randomUUID().toString().substring(0, 8);
        DeclarationPayload after = declaration("KR-POISON-" + run, LocalDate.of(2024, 5, 1), "IMP-" + run, hsOf(run),
                "CN", "1000", "10");

        publish(publisher, "kr", after, 1);

        computed(computedEvents, after.declarationId());
        List<EventQueue.Delivery> dead = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.addAll(EventQueue.drainDurable(dlq));
            return dead.size() >= 2;
        });
        assertThat(dead).extracting(EventQueue.Delivery::body).contains("{not json");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !EventQueue.drainDurable(inspectionDlq).isEmpty());
    }

    /** An HS code of the test's own, so that its profiles and prices start empty. */
    static String hsOf(String run) {
        return String.format("%06d", Math.floorMod(run.hashCode(), 1_000_000)) + "00";
    }
}
