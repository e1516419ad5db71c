package org.customsrisk.feature;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.declaration.DeclarationIngested;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;
import org.customsrisk.contracts.inspection.InspectionRecorded;

/** Events of a small hand-made history, each test with importers and HS codes of its own. */
public final class TestDeclarations {

    public static final Duration TIMEOUT = Duration.ofMinutes(1);

    private TestDeclarations() {
    }

    /** A declaration of one goods item of HS {@code hs} from {@code origin}, CIF value and quantity as given. */
    public static DeclarationPayload declaration(String id, LocalDate accepted, String importer, String hs,
            String origin, String cif, String quantity) {
        return new DeclarationPayload(id, accepted, "OFF1", importer, "DECLARANT-" + importer, "SELLER-" + importer,
                null, origin, "1", "B", "11", "21", "11", List.of(new GoodsItemPayload(1, hs, "goods", origin, "G",
                        new BigDecimal(quantity), "NAR", new BigDecimal("12"), new BigDecimal("10"), null,
                        new BigDecimal(cif), "USD", new BigDecimal("8"), "A", null)));
    }

    public static DeclarationIngested ingested(String tenant, DeclarationPayload declaration, int revision) {
        return new DeclarationIngested(tenant, declaration.declarationId(), revision, Instant.now(), declaration);
    }

    public static InspectionRecorded inspection(String tenant, String declarationId, int version, boolean illicit,
            LocalDate inspected) {
        return new InspectionRecorded(tenant, declarationId, null, version, illicit, false,
                illicit ? new BigDecimal("100.00") : null, illicit ? "USD" : null, inspected, Channel.RED, null,
                Instant.now());
    }

    public static void publish(EventPublisher publisher, String tenant, DeclarationPayload declaration, int revision) {
        publisher.publish("declaration.ingested", tenant, declaration.declarationId(),
                ingested(tenant, declaration, revision));
    }

    /** Publishes a result and waits until its version is stored. */
    public static void record(EventPublisher publisher, InspectionRecorded result) {
        publisher.publish("inspection.recorded", result.tenant(), result.declarationId(), result);
        Awaitility.await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> FeatureDatabase.count(
                "select count(*) from inspection_result where tenant_id = ? and declaration_id = ? and version >= ?",
                result.tenant(), result.declarationId(), result.version()) == 1);
    }

    /** The features.computed body of a declaration, waiting for it. */
    public static JsonNode computed(EventQueue events, String declarationId) {
        return body(events.await(delivery -> declarationId.equals(delivery.header("cloudEvents:subject")), 1, TIMEOUT)
                .get(0));
    }

    public static JsonNode body(EventQueue.Delivery delivery) {
        return json(delivery.body());
    }

    public static JsonNode json(String body) {
        try {
            return EventPublisher.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of one item's vector by feature name. */
    public static Map<String, Double> named(List<String> names, JsonNode values) {
        Map<String, Double> named = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            named.put(names.get(i), values.get(i).asDouble());
        }
        return named;
    }

    public static List<Double> values(JsonNode values) {
        List<Double> list = new ArrayList<>();
        values.forEach(value -> list.add(value.asDouble()));
        return list;
    }
}
