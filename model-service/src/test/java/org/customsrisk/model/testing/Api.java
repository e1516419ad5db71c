package org.customsrisk.model.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.customsrisk.common.testing.KeycloakTokens;

/** Requests to model-service as the demo users, with real tokens of the local Keycloak. */
public final class Api {

    public static final String MANAGER = "kr-model-manager";
    public static final String APPROVER = "kr-model-approver";

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.ofUser(user));
    }

    /** A model of the tenant of {@code user}, under a fresh name. */
    public static String newModel(String user, String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        as(user).contentType(ContentType.JSON)
                .body(Map.of("name", name, "description", "Fraud probability of a declaration", "tags", Map.of("team", "risk")))
                .when().post("/api/models")
                .then().statusCode(201);
        return name;
    }

    public static ValidatableResponse upload(String user, String model, String format, byte[] file, String metadata) {
        return as(user).multiPart("file", "model.bin", file, "application/octet-stream")
                .multiPart("metadata", metadata, "application/json")
                .when().post("/api/models/{name}/versions", model)
                .then();
    }

    public static String metadata(String format, Iterable<String> featureNames) {
        StringBuilder names = new StringBuilder();
        for (String name : featureNames) {
            names.append(names.isEmpty() ? "" : ",").append('"').append(name).append('"');
        }
        return "{\"format\":\"" + format + "\",\"featureSchemaVersion\":1,\"featureNames\":[" + names
                + "],\"description\":\"Trained by the risk unit\"}";
    }

    /** Uploads a valid XGBoost model of schema 1 and answers its version number. */
    public static int uploadCandidate(String user, String model) {
        return upload(user, model, "XGBOOST", ModelFilesForTests.xgboost(KcsTrainingSet.FEATURES),
                metadata("XGBOOST", KcsTrainingSet.FEATURES)).statusCode(201).extract().path("version");
    }
}
