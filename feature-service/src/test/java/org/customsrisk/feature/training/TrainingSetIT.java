package org.customsrisk.feature.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.customsrisk.feature.TestDeclarations.computed;
import static org.customsrisk.feature.TestDeclarations.declaration;
import static org.customsrisk.feature.TestDeclarations.inspection;
import static org.customsrisk.feature.TestDeclarations.publish;
import static org.customsrisk.feature.TestDeclarations.record;
import static org.customsrisk.feature.TestDeclarations.values;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.feature.TestTokens;
import org.customsrisk.feature.computation.FeatureSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Point-in-time training sets of the packaged service: a result dated after a declaration's acceptance
 * never reaches that declaration's row, and reaches the rows of the declarations accepted after it.
 * The test's declarations are in 2031, a window no other test uses.
 */
@QuarkusIntegrationTest
class TrainingSetIT {

    private static final List<String> NAMES = FeatureSchema.CURRENT.names();
    private static final int FIRST_FEATURE = 6;

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
    void aResultDatedAfterADeclarationChangesOnlyTheRowsOfLaterDeclarations() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String importer = "IMP-" + run;
        String hs = "8471300000";
        DeclarationPayload source = declaration("KR-A-" + run, LocalDate.of(2031, 8, 1), importer, hs, "CN", "1000", "10");
        DeclarationPayload early = declaration("KR-B-" + run, LocalDate.of(2031, 8, 10), importer, hs, "CN", "800", "10");
        DeclarationPayload late = declaration("KR-C-" + run, LocalDate.of(2031, 8, 30), importer, hs, "CN", "600", "10");
        for (DeclarationPayload declaration : List.of(source, early, late)) {
            publish(publisher, "kr", declaration, 1);
            computed(computedEvents, declaration.declarationId());
        }
        record(publisher, inspection("kr", early.declarationId(), 1, false, LocalDate.of(2031, 8, 11)));
        record(publisher, inspection("kr", late.declarationId(), 1, true, LocalDate.of(2031, 8, 31)));
        Map<String, String[]> before = export("2031-08-01", "2031-08-31");

        record(publisher, inspection("kr", source.declarationId(), 1, true, LocalDate.of(2031, 8, 15)));
        Map<String, String[]> after = export("2031-08-01", "2031-08-31");

        assertThat(before).containsOnlyKeys(early.declarationId(), late.declarationId());
        assertThat(after).containsOnlyKeys(source.declarationId(), early.declarationId(), late.declarationId());
        assertThat(after.get(early.declarationId())).isEqualTo(before.get(early.declarationId()));
        assertThat(after.get(late.declarationId())).isNotEqualTo(before.get(late.declarationId()));
        assertThat(feature(before.get(late.declarationId()), "importer_inspections")).isEqualTo(1.0);
        assertThat(feature(after.get(late.declarationId()), "importer_inspections")).isEqualTo(2.0);
        assertThat(feature(after.get(late.declarationId()), "importer_illicit_rate")).isEqualTo(2.0 / 12);
        assertThat(Arrays.copyOfRange(after.get(source.declarationId()), 0, 6))
                .containsExactly(source.declarationId(), "1", "2031-08-01", "1", "0", "100.00");
        assertThat(Arrays.copyOfRange(after.get(early.declarationId()), 3, 6)).containsExactly("0", "0", "");
    }

    @Test
    void anExportedRowIsTheVectorTheEventCarriedWhenNothingChangedSince() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        DeclarationPayload declaration = declaration("KR-E-" + run, LocalDate.of(2031, 10, 2), "IMP-" + run,
                "9999990000", "CN", "500", "5");
        publish(publisher, "kr", declaration, 1);
        List<Double> event = values(computed(computedEvents, declaration.declarationId()).get("items").get(0).get("values"));
        record(publisher, inspection("kr", declaration.declarationId(), 1, true, LocalDate.of(2031, 10, 3)));

        String[] row = export("2031-10-02", "2031-10-02").get(declaration.declarationId());

        assertThat(Arrays.stream(row, FIRST_FEATURE, row.length).map(Double::valueOf).toList()).isEqualTo(event);
    }

    @Test
    void onlyModelManagersExportAndTheWindowMustBeValid() {
        given().when().get("/api/training-sets?acceptedFrom=2031-01-01&acceptedTo=2031-12-31").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("kr-analyst"))
                .when().get("/api/training-sets?acceptedFrom=2031-01-01&acceptedTo=2031-12-31").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("kr-model-manager"))
                .when().get("/api/training-sets?acceptedFrom=2031-13-01&acceptedTo=2031-01-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("acceptedFrom"));
        given().auth().oauth2(TestTokens.user("kr-model-manager"))
                .when().get("/api/training-sets?acceptedFrom=2031-02-01&acceptedTo=2031-01-01")
                .then().statusCode(400).body("violations.field", hasItems("acceptedTo"));
        given().auth().oauth2(TestTokens.user("kr-model-manager"))
                .when().get("/api/training-sets?acceptedTo=2031-01-01")
                .then().statusCode(400).body("violations.field", hasItems("acceptedFrom"));
        given().auth().oauth2(TestTokens.user("ng-model-manager"))
                .when().get("/api/training-sets?acceptedFrom=2031-01-01&acceptedTo=2031-12-31")
                .then().statusCode(200)
                .body(equalTo("declaration_id,item_number,acceptance_date,illicit,critical,revenue_recovered,"
                        + String.join(",", NAMES) + "\n"));
    }

    /** The rows of the window by declaration id, checking the response's form and order. */
    private static Map<String, String[]> export(String from, String to) {
        String csv = given().auth().oauth2(TestTokens.user("kr-model-manager"))
                .when().get("/api/training-sets?acceptedFrom={from}&acceptedTo={to}", from, to)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("X-Feature-Schema-Version", "1")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("declaration_id,item_number,acceptance_date,illicit,critical,"
                + "revenue_recovered," + String.join(",", NAMES));
        Map<String, String[]> rows = new LinkedHashMap<>();
        String previous = "";
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(FIRST_FEATURE + NAMES.size());
            String order = cells[2] + "/" + cells[0];
            assertThat(order).isGreaterThanOrEqualTo(previous);
            previous = order;
            rows.put(cells[0], cells);
        }
        return rows;
    }

    private static double feature(String[] row, String name) {
        return Double.parseDouble(row[FIRST_FEATURE + NAMES.indexOf(name)]);
    }
}
