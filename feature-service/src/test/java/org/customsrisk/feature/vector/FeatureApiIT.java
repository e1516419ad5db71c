package org.customsrisk.feature.vector;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.customsrisk.feature.TestDeclarations.computed;
import static org.customsrisk.feature.TestDeclarations.declaration;
import static org.customsrisk.feature.TestDeclarations.inspection;
import static org.customsrisk.feature.TestDeclarations.json;
import static org.customsrisk.feature.TestDeclarations.publish;
import static org.customsrisk.feature.TestDeclarations.record;
import static org.customsrisk.feature.TestDeclarations.values;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.feature.TestTokens;
import org.customsrisk.feature.computation.FeatureSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API of the packaged service with real tokens: synchronous compute, stored vectors, schemas. */
@QuarkusIntegrationTest
class FeatureApiIT {

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
    void theSynchronousComputeGivesTheVectorOfTheEventPathForTheSameDeclarationAtTheSameTime() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String importer = "IMP-" + run;
        String hs = FeatureEventsIT.hsOf(run);
        DeclarationPayload earlier = declaration("KR-S1-" + run, LocalDate.of(2024, 6, 1), importer, hs, "CN", "900", "3");
        publish(publisher, "kr", earlier, 1);
        computed(computedEvents, earlier.declarationId());
        record(publisher, inspection("kr", earlier.declarationId(), 1, true, LocalDate.of(2024, 6, 3)));
        DeclarationPayload target = declaration("KR-S2-" + run, LocalDate.of(2024, 6, 20), importer, hs, "CN", "400", "4");
        publish(publisher, "kr", target, 1);
        JsonNode event = computed(computedEvents, target.declarationId());

        JsonNode sync = json(given().auth().oauth2(TestTokens.integrator("kr")).contentType(ContentType.JSON)
                        .body(EventPublisher.JSON.valueToTree(target).toString())
                        .when().post("/api/features/compute")
                        .then().statusCode(200)
                        .body("declarationId", equalTo(target.declarationId()))
                        .body("schemaVersion", equalTo(1))
                        .extract().asString());

        List<Double> eventValues = values(event.get("items").get(0).get("values"));
        assertThat(values(sync.get("items").get(0).get("values"))).isEqualTo(eventValues);
        assertThat(sync.get("items").get(0).get("itemNumber").asInt()).isEqualTo(1);
        assertThat(eventValues.get(FeatureSchema.CURRENT.names()
                .indexOf("importer_inspections"))).isEqualTo(1.0);
        given().auth().oauth2(TestTokens.user("kr-analyst"))
                .when().get("/api/declarations/{id}/features", target.declarationId())
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("schemaVersion", equalTo(1))
                .body("featureNames[0]", equalTo("log_cif_value"))
                .body("items[0].values.size()", equalTo(eventValues.size()));
        assertThat(values(json(given().auth().oauth2(TestTokens.user("kr-analyst"))
                .when().get("/api/declarations/{id}/features", target.declarationId())
                .then().extract().asString()).get("items").get(0).get("values"))).isEqualTo(eventValues);
    }

    @Test
    void aCommittedResultReachesTheNextSynchronousComputeAtOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String importer = "IMP-" + run;
        String hs = FeatureEventsIT.hsOf(run);
        DeclarationPayload earlier = declaration("KR-C1-" + run, LocalDate.of(2024, 6, 1), importer, hs, "CN", "900", "3");
        publish(publisher, "kr", earlier, 1);
        computed(computedEvents, earlier.declarationId());
        DeclarationPayload unstored = declaration("KR-C2-" + run, LocalDate.of(2024, 6, 20), importer, hs, "CN", "400", "4");
        int inspections = FeatureSchema.CURRENT.names().indexOf("importer_inspections");

        double before = values(syncCompute(unstored).get("items").get(0).get("values")).get(inspections);
        record(publisher, inspection("kr", earlier.declarationId(), 1, true, LocalDate.of(2024, 6, 3)));

        assertThat(before).isZero();
        Awaitility.await("the result, well before cached timelines expire").atMost(Duration.ofSeconds(5))
                .until(() -> values(syncCompute(unstored).get("items").get(0).get("values")).get(inspections) == 1.0);
    }

    private static JsonNode syncCompute(DeclarationPayload declaration) {
        return json(given().auth().oauth2(TestTokens.integrator("kr")).contentType(ContentType.JSON)
                .body(EventPublisher.JSON.valueToTree(declaration).toString())
                .when().post("/api/features/compute")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void storedVectorsOfAnotherTenantOrOfNoDeclarationAreNotFound() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        DeclarationPayload declaration = declaration("KR-PRIVATE-" + run, LocalDate.of(2024, 7, 1), "IMP-" + run,
                FeatureEventsIT.hsOf(run), "CN", "900", "3");
        publish(publisher, "kr", declaration, 1);
        computed(computedEvents, declaration.declarationId());

        given().auth().oauth2(TestTokens.user("ng-analyst"))
                .when().get("/api/declarations/{id}/features", declaration.declarationId())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("kr-analyst"))
                .when().get("/api/declarations/{id}/features", "KR-NONE-" + run)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/declarations/{id}/features", declaration.declarationId()).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("kr-admin"))
                .when().get("/api/declarations/{id}/features", declaration.declarationId())
                .then().statusCode(403);
    }

    @Test
    void aComputeRequestNeedsATokenARoleAndAComputableDeclaration() {
        String body = """
                {"declarationId": "KR-BAD", "acceptanceDate": "2024-01-01",
                 "goodsItems": [{"itemNumber": 1, "hsCode": "8471300000"}]}""";
        given().contentType(ContentType.JSON).body(body).when().post("/api/features/compute").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("kr-admin")).contentType(ContentType.JSON).body(body)
                .when().post("/api/features/compute").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("kr-risk-manager")).contentType(ContentType.JSON).body(body)
                .when().post("/api/features/compute").then().statusCode(200).body("items[0].itemNumber", equalTo(1));

        given().auth().oauth2(TestTokens.integrator("kr")).contentType(ContentType.JSON)
                .body("""
                        {"declarationId": " ", "goodsItems": [{"itemNumber": 0, "hsCode": "84"}]}""")
                .when().post("/api/features/compute")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("declarationId", "acceptanceDate", "goodsItems[0].itemNumber",
                        "goodsItems[0].hsCode"));
        given().auth().oauth2(TestTokens.integrator("kr")).contentType(ContentType.JSON).body("{not json")
                .when().post("/api/features/compute")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void schemasNameTheFeaturesInVectorOrder() {
        String token = TestTokens.user("kr-model-manager");
        given().auth().oauth2(token).when().get("/api/feature-schemas/current")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("featureNames.size()", equalTo(49))
                .body("featureNames[13]", equalTo("price_deviation_hs6"))
                .body("features[0].name", equalTo("log_cif_value"));
        given().auth().oauth2(token).when().get("/api/feature-schemas/1").then().statusCode(200)
                .body("featureNames[48]", equalTo("month"));
        given().auth().oauth2(token).when().get("/api/feature-schemas/99")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/feature-schemas/1").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("kr-admin")).when().get("/api/feature-schemas/1")
                .then().statusCode(403);
    }
}
